/**
 * Serves the built site (`dist/`) on localhost and prints its address.
 * Usage: `npm start` (builds first), or `tsx scripts/serve.ts [dir]`; PORT sets the port (default 4321).
 */
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server';

const root = process.argv[2] ?? 'dist';
const port = Number(process.env['PORT'] ?? 4321);

if (!existsSync(root)) {
  console.error(`serve: there is no built site in ${root}/. Run "npm run build" first.`);
  process.exit(1);
}

await startStaticServer(root, port);
console.log(`The site is being served at http://localhost:${port}/ (press Ctrl+C to stop).`);

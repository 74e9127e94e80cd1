/**
 * Serves the built site (`dist/`) on localhost with the small static server, and prints its address.
 * Usage: `npm run serve` or `tsx scripts/serve.ts [dir] [--no-headers]`; PORT sets the port (default
 * 4321). `--no-headers` serves no response headers at all, as a host that ignores `_headers` (GitHub
 * Pages) would. `npm start` serves with Cloudflare's own runtime instead (scripts/host.ts).
 */
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server';

const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
const headers = !args.includes('--no-headers');
const port = Number(process.env['PORT'] ?? 4321);

if (!existsSync(root)) {
  console.error(`serve: there is no built site in ${root}/. Run "npm run build" first.`);
  process.exit(1);
}

await startStaticServer(root, port, { headers });
console.log(
  `The site is being served at http://localhost:${port}/ ${headers ? 'with its _headers' : 'with no headers at all'} (press Ctrl+C to stop).`,
);

/**
 * Serves the built site (`dist/`) with Cloudflare Pages' own local runtime, as readers get it:
 * the same `_headers` handling, redirects and 404 page. Usage: `npm start` (builds first), or
 * `tsx scripts/host.ts [dir]`; PORT sets the port (default 4321), and the debugger port is PORT + 1.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { WRANGLER_ENV, wranglerArgs, wranglerBin } from './lib/wrangler';

const dir = process.argv[2] ?? 'dist';
const port = Number(process.env['PORT'] ?? 4321);

if (!existsSync(dir)) {
  console.error(`host: there is no built site in ${dir}/. Run "npm run build" first.`);
  process.exit(1);
}

console.log(`Starting Cloudflare's local runtime; the site will be at http://localhost:${port}/ (Ctrl+C stops it).`);
const child = spawn(process.execPath, [wranglerBin(), ...wranglerArgs({ dir, port, inspectorPort: port + 1 })], {
  env: { ...process.env, ...WRANGLER_ENV },
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 0));
// Ctrl+C or a stop from outside ends wrangler too, which then ends its workerd.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

/**
 * How the site runs on Cloudflare Pages' own local runtime, `wrangler pages dev`, which applies
 * `dist/_headers` as production does (and warns about lines it ignores). Used by `npm start`
 * (scripts/host.ts), the Playwright web server and the headers test. Wrangler is told not to
 * reach the network: no usage metrics, no update check, no download of the `Request.cf` object.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The Workers runtime date the site is served with; any date the installed workerd supports. */
const COMPATIBILITY_DATE = '2026-11-01';

/** Environment that keeps wrangler offline and quiet. */
export const WRANGLER_ENV: Readonly<Record<string, string>> = {
  WRANGLER_SEND_METRICS: 'false',
  // The banner is what runs the update check against the npm registry.
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

/** The wrangler command line itself, found in node_modules so that no `npx` resolution runs. */
export function wranglerBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wrangler/package.json')), 'bin', 'wrangler.js');
}

export interface WranglerOptions {
  dir: string;
  port: number;
  /** Wrangler opens a debugger port (9229 by default), which would clash between two servers. */
  inspectorPort: number;
  /** Where local state goes; by default under node_modules/.cache so the work tree stays clean. */
  persistTo?: string;
}

/** The arguments of `wrangler pages dev` for the built site. */
export function wranglerArgs({ dir, port, inspectorPort, persistTo }: WranglerOptions): string[] {
  return [
    'pages',
    'dev',
    dir,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--compatibility-date',
    COMPATIBILITY_DATE,
    '--persist-to',
    persistTo ?? 'node_modules/.cache/wrangler',
    '--show-interactive-dev-session=false',
  ];
}

/** The shell command line, for Playwright's `webServer.command`. */
export function wranglerCommand(options: WranglerOptions): string {
  return [process.execPath, wranglerBin(), ...wranglerArgs(options)].map((part) => JSON.stringify(part)).join(' ');
}

/** Wrangler's output without its terminal colour codes. */
function withoutColours(output: string): string {
  // eslint-disable-next-line no-control-regex -- the escape character starts every colour code.
  return output.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Lines of wrangler's output that warn about something: a `▲ [WARNING]` block or a `[wrangler:warn]` line. */
export function wranglerWarnings(output: string): string[] {
  const plain = withoutColours(output);
  const warnings: string[] = [];
  let block: string[] | undefined;
  for (const line of plain.split(/\r?\n/)) {
    if (/\[WARNING\]/.test(line)) {
      // A warning block: its heading, then indented details up to the next unindented line.
      block = [line.trim()];
      warnings.push('');
    } else if (block && (!line.trim() || /^\s/.test(line))) {
      if (line.trim()) block.push(line.trim());
    } else {
      block = undefined;
      if (/\[wrangler:warn\]|invalid header rule|Ignoring line/i.test(line)) warnings.push(line.trim());
    }
    if (block) warnings[warnings.length - 1] = block.join(' ');
  }
  return warnings;
}

export interface RunningWrangler {
  process: ChildProcess;
  /** Everything wrangler printed so far, stdout and stderr. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `wrangler pages dev` and resolves once it says it is ready on its port; rejects with its
 * output if it exits first or is not ready within `timeoutMs`.
 */
export async function startWrangler(options: WranglerOptions, timeoutMs = 60_000): Promise<RunningWrangler> {
  const child = spawn(process.execPath, [wranglerBin(), ...wranglerArgs(options)], {
    env: { ...process.env, ...WRANGLER_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // wrangler runs workerd as a child of its own: end the whole process group it leads.
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  // Ready when wrangler says so for this port: another server that happens to answer on the port
  // must not pass for it.
  const ready = `Ready on http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler exited with code ${child.exitCode}:\n${output}`);
    if (withoutColours(output).includes(ready)) return { process: child, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`wrangler was not ready on port ${options.port} within ${timeoutMs / 1000} s:\n${output}`);
}

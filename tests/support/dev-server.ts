/**
 * `npm run dev` as a writer starts it, against a content folder a test made: the command, the
 * environment a shell would give it, a free port, and a wait until it answers.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');

/** The environment a person's shell would give the command (Vitest adds variables Astro would read). */
export function shellEnv(contentDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CPP_CONTENT_DIR: contentDir };
  for (const key of ['TEST', 'NODE_ENV', 'SITE', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX'])
    delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  log: () => string;
  /** Whether the server process has ended (a crash, or Astro stopping on an error). */
  exited(): boolean;
  stop(): void;
}

/**
 * Starts `astro dev` on the content folder and waits until `readyPath` answers with its page or
 * with its problems, or the server ends, or a minute passes. `port` is a free one unless given.
 */
export async function startDev(contentDir: string, readyPath = '/', port?: number): Promise<DevServer> {
  port ??= await freePort();
  const child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: shellEnv(contentDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let ended = false;
  child.stdout.on('data', (chunk) => (log += String(chunk)));
  child.stderr.on('data', (chunk) => (log += String(chunk)));
  child.on('exit', () => (ended = true));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120 && !ended; attempt++) {
    const answer = await fetch(`${origin}${readyPath}`).catch(() => undefined);
    await answer?.arrayBuffer();
    // The server may answer before it has read the content: the page, or its problems, means it has.
    if (answer && (answer.ok || answer.status === 422)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { origin, log: () => log, exited: () => ended, stop: () => child.kill() };
}

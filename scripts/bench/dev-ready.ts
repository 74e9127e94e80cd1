/**
 * How long `npm run dev` takes to be of use to a rapporteur at a corpus size: from starting
 * `astro dev` to the first page served, and to the first search answered (the dev server builds
 * its Pagefind index of the content files on the first request for /pagefind/). The server runs
 * against the generated content through CPP_CONTENT_DIR and is stopped afterwards.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface DevReadyTiming {
  posts: number;
  /** Seconds from start until the home page answered 200; undefined when it never did. */
  firstPageSeconds?: number | undefined;
  /** Seconds from start until the search index's entry file answered 200 (search works). */
  searchReadySeconds?: number | undefined;
  /** Why nothing was measured, when nothing was. */
  unavailable?: string;
}

const TIME_LIMIT_MS = 180_000;
const POLL_MS = 100;

/** Polls `url` until it answers 200; resolves with the moment it did, or undefined at `deadline`. */
async function firstOk(url: string, deadline: number): Promise<number | undefined> {
  while (performance.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now()))) })
      .then(async (response) => {
        await response.arrayBuffer();
        return response.ok;
      })
      .catch(() => false);
    if (ok) return performance.now();
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  return undefined;
}

export async function measureDevReady(contentDir: string, posts: number, port: number): Promise<DevReadyTiming> {
  const start = performance.now();
  const server = spawn(
    process.execPath,
    [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { env: { ...process.env, CPP_CONTENT_DIR: contentDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<undefined>((done) => server.once('exit', () => done(undefined)));
  try {
    const deadline = start + TIME_LIMIT_MS;
    const base = `http://127.0.0.1:${port}`;
    const page = await Promise.race([firstOk(`${base}/`, deadline), exited]);
    if (page === undefined) {
      const last = output.trim().split('\n').slice(-3).join(' ');
      return { posts, unavailable: `astro dev served no page within ${TIME_LIMIT_MS / 1000} s: ${last}` };
    }
    const search = await Promise.race([firstOk(`${base}/pagefind/pagefind-entry.json`, deadline), exited]);
    return {
      posts,
      firstPageSeconds: (page - start) / 1000,
      searchReadySeconds: search === undefined ? undefined : (search - start) / 1000,
      ...(search === undefined ? { unavailable: 'the dev server answered no search' } : {}),
    };
  } finally {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
}

/**
 * How long `npm run dev` takes to be of use to a rapporteur at a corpus size: from starting
 * `astro dev` to the first page served, and to the first search answered (the dev server indexes
 * the content files as soon as it listens). The server runs against the generated content through
 * CPP_CONTENT_DIR and is stopped afterwards. The bare Astro project's dev server is timed the same
 * way, to its first post, so the figure can be read against what Astro itself takes.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface DevReadyTiming {
  posts: number;
  /** Seconds from start until the first page (ours: the home page; bare: the first post) answered 200. */
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

/** Seconds from starting `astro dev` in `root` until each path answered 200, in turn; stops the server. */
async function timeDevServer(
  root: string,
  env: NodeJS.ProcessEnv,
  port: number,
  paths: readonly string[],
): Promise<{ seconds: (number | undefined)[]; lastOutput: string }> {
  const start = performance.now();
  const server = spawn(
    process.execPath,
    [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<undefined>((done) => {
    server.once('exit', () => done(undefined));
    // A server that cannot start (no such folder) is reported as no page, not thrown at the bench.
    server.once('error', (error) => {
      output += error.message;
      done(undefined);
    });
  });
  try {
    const deadline = start + TIME_LIMIT_MS;
    const seconds: (number | undefined)[] = [];
    for (const path of paths) {
      const answered = await Promise.race([firstOk(`http://127.0.0.1:${port}${path}`, deadline), exited]);
      seconds.push(answered === undefined ? undefined : (answered - start) / 1000);
      if (answered === undefined) break;
    }
    return { seconds, lastOutput: output.trim().split('\n').slice(-3).join(' ') };
  } finally {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
}

const noPage = (lastOutput: string) => `astro dev served no page within ${TIME_LIMIT_MS / 1000} s: ${lastOutput}`;

export async function measureDevReady(contentDir: string, posts: number, port: number): Promise<DevReadyTiming> {
  const env = { ...process.env, CPP_CONTENT_DIR: contentDir };
  const { seconds, lastOutput } = await timeDevServer(resolve('.'), env, port, ['/', '/pagefind/pagefind-entry.json']);
  const [page, search] = seconds;
  if (page === undefined) {
    return { posts, unavailable: noPage(lastOutput) };
  }
  return {
    posts,
    firstPageSeconds: page,
    searchReadySeconds: search,
    ...(search === undefined ? { unavailable: 'the dev server answered no search' } : {}),
  };
}

/**
 * The same for the bare Astro project of the build comparison (scripts/bench/bare-site.ts): seconds
 * from starting its `astro dev` to the first post's page (it has no home page and no search).
 */
export async function measureBareDevReady(
  projectDir: string,
  firstPostPath: string,
  posts: number,
  port: number,
): Promise<DevReadyTiming> {
  const { seconds, lastOutput } = await timeDevServer(projectDir, process.env, port, [firstPostPath]);
  const [page] = seconds;
  return page === undefined ? { posts, unavailable: noPage(lastOutput) } : { posts, firstPageSeconds: page };
}

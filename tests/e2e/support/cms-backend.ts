/**
 * A local stand-in for GitHub that the CMS can save to, for the browser test: a temporary Git
 * repository holding a copy of a fixture content folder, Decap's own proxy (`decap-server`, in its
 * Git mode, which keeps the editorial workflow's branches), and the admin page built for that proxy
 * and served by the site's static server. Nothing touches the repository's own content/.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../../scripts/lib/static-server';

/** Ports of their own (never Decap's default 8081, which a developer's own proxy may hold). */
const BACKEND_PORT = Number(process.env['CMS_BACKEND_PORT'] ?? 4505);
const ADMIN_PORT = Number(process.env['CMS_ADMIN_PORT'] ?? 4506);

export interface CmsBackendRun {
  /** The temporary repository; its content folder is `<repo>/content`. */
  repo: string;
  /** Where the admin page is served: `http://127.0.0.1:<port>/admin/`. */
  adminUrl: string;
  /** Runs git in the temporary repository and returns what it printed. */
  git: (...args: string[]) => string;
  stop: () => Promise<void>;
}

function waitForPort(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  return new Promise((resolvePromise, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`decap-server stopped:\n${output()}`));
      fetch(url, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
        .then(() => resolvePromise())
        .catch(() =>
          Date.now() > deadline
            ? reject(new Error(`decap-server did not start:\n${output()}`))
            : setTimeout(attempt, 200),
        );
    };
    attempt();
  });
}

/** Refuses a port something else holds: a proxy left running elsewhere would answer for ours. */
function assertFree(port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer()
      .once('error', () =>
        reject(new Error(`Port ${port} is in use; set CMS_BACKEND_PORT and CMS_ADMIN_PORT to free ports.`)),
      )
      .once('listening', () => probe.close(() => resolvePromise()))
      .listen(port, '127.0.0.1');
  });
}

export async function startCmsBackend(fixture: string): Promise<CmsBackendRun> {
  await assertFree(BACKEND_PORT);
  await assertFree(ADMIN_PORT);
  const root = mkdtempSync(join(tmpdir(), 'cpp-cms-'));
  const repo = join(root, 'repo');
  const site = join(root, 'site');
  cpSync(fixture, join(repo, 'content'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=CMS test', '-c', 'user.email=cms-test@localhost', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'Fixture content');

  const proxyUrl = `http://127.0.0.1:${BACKEND_PORT}/api/v1`;
  const built = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build-cms.ts', '--proxy-url', proxyUrl, site],
    { encoding: 'utf8', env: { ...process.env, CPP_CONTENT_DIR: join(repo, 'content') } },
  );
  if (built.status !== 0) throw new Error(`scripts/build-cms.ts failed:\n${built.stderr}${built.stdout}`);

  let log = '';
  const backend = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(BACKEND_PORT), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: repo },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  backend.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  backend.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitForPort(proxyUrl, backend, () => log);
  const server: Server = await startStaticServer(site, ADMIN_PORT);

  return {
    repo,
    adminUrl: `http://127.0.0.1:${ADMIN_PORT}/admin/`,
    git,
    stop: async () => {
      backend.kill();
      await new Promise((done) => server.close(done));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

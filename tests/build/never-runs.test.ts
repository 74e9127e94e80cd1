/**
 * Nothing a contributor writes runs, in `npm run build` or in `npm run dev`: a post whose expression
 * would write a marker file is refused in plain words, and the marker never appears.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FRONTMATTER, hostileContentFolder } from '../security/support';

const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
const folder = hostileContentFolder([]);
const marker = join(folder.root, 'a-post-ran-code.txt');
const post = (name: string, body: string) =>
  writeFileSync(join(folder.contentDir, 'posts', `${name}.mdx`), `${FRONTMATTER}${body}\n`);
// The hostile picture files are for the other suites; here only the posts matter.
for (const name of ['evil.js', 'script-named.png', 'linked.png', 'drawing.svg', 'huge.png'])
  rmSync(join(folder.contentDir, 'posts', name));
post(
  'writes-a-marker',
  `Text.\n\n{/* a note // */ (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran') /* */}`,
);
afterAll(() => rmSync(folder.root, { recursive: true, force: true }));

/** The environment a person's shell would give the command (Vitest adds variables Astro would read). */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CPP_CONTENT_DIR: folder.contentDir,
  };
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

describe('a post that would run code', () => {
  it('stops npm run build with a plain message, and runs nothing', () => {
    const out = join(folder.root, 'dist');
    const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
      encoding: 'utf8',
      env: shellEnv(),
      timeout: 180_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/writes-a-marker\.mdx:14: body: Curly braces hold code in MDX/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(marker)).toBe(false);
  }, 180_000);

  it('is refused by npm run dev, which shows the other posts and runs nothing', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      env: shellEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    try {
      const origin = `http://127.0.0.1:${port}`;
      let ready: Response | undefined;
      for (let attempt = 0; attempt < 120 && !ready?.ok; attempt++) {
        ready = await fetch(`${origin}/blog/a-post-with-a-picture/`).catch(() => undefined);
        if (!ready?.ok) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(ready?.status, log).toBe(200);
      const refused = await fetch(`${origin}/blog/writes-a-marker/`);
      const page = await refused.text();
      expect(refused.status, log).not.toBe(200);
      expect(`${page}${log}`).toContain('Curly braces hold code in MDX');
      expect(existsSync(marker)).toBe(false);
    } finally {
      server.kill();
    }
  }, 120_000);
});

/**
 * Nothing a contributor writes runs, in `npm run build` or in `npm run dev`: a post whose expression
 * would write a marker file is refused in plain words, and the marker never appears.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASTRO, shellEnv, startDev } from '../support/dev-server';
import { FRONTMATTER, hostileContentFolder } from '../security/support';

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

describe('a post that would run code', () => {
  it('stops npm run build with a plain message, and runs nothing', () => {
    const out = join(folder.root, 'dist');
    const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
      encoding: 'utf8',
      env: shellEnv(folder.contentDir),
      timeout: 180_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/writes-a-marker\.mdx:14: body: Curly braces hold code in MDX/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(marker)).toBe(false);
  }, 180_000);

  it('is refused by npm run dev, which shows the other posts and runs nothing', async () => {
    const server = await startDev(folder.contentDir, '/blog/a-post-with-a-picture/');
    const log = server.log;
    try {
      const origin = server.origin;
      const ready = await fetch(`${origin}/blog/a-post-with-a-picture/`);
      expect(ready.status, log()).toBe(200);
      const refused = await fetch(`${origin}/blog/writes-a-marker/`);
      const page = await refused.text();
      expect(refused.status, log()).not.toBe(200);
      expect(`${page}${log()}`).toContain('Curly braces hold code in MDX');
      expect(existsSync(marker)).toBe(false);
    } finally {
      server.stop();
    }
  }, 120_000);
});

/**
 * Frontmatter the preview must refuse without falling over, in a real `npm run dev`:
 * - a picture that is not a raster file (a script, an SVG, a web page) is refused by the content
 *   schema itself, before Astro's `image()` hands the path to Vite, so the file is never imported
 *   and a script named as the picture never runs;
 * - YAML that Astro's own frontmatter parser cannot read (a custom tag, a colon in an unquoted
 *   value) shows its plain message on the post's page while the rest of the site keeps working.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDev } from '../support/dev-server';
import { FRONTMATTER, hostileContentFolder } from '../security/support';

const folder = hostileContentFolder([]);
const postsDir = join(folder.contentDir, 'posts');
afterAll(() => rmSync(folder.root, { recursive: true, force: true }));

/** Each non-raster target, and what it does if anything ever loads it. */
const marker = (name: string) => join(folder.root, `${name}-ran.txt`);
const TARGETS: Record<string, string> = {
  'picture.js': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker('picture.js'))}, 'ran');\n`,
  'picture.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker('picture.mjs'))}, 'ran');\n`,
  'picture.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>\n',
  'picture.html': '<!doctype html><title>x</title><script>alert(1)</script>\n',
};
const slugOf = (target: string) => `frontmatter-${target.replace('.', '-')}`;
for (const [target, text] of Object.entries(TARGETS)) {
  writeFileSync(join(postsDir, target), text);
  writeFileSync(
    join(postsDir, `${slugOf(target)}.mdx`),
    `${FRONTMATTER.replace(/\n---\n$/, `\nimage:\n  src: ./${target}\n  alt: A picture that is not one, sent to test the gate.\n---\n`)}Text.\n`,
  );
}

/** Posts whose frontmatter Astro's own YAML parser throws on, and the plain line each one gets. */
const UNREADABLE: Record<string, [string, string]> = {
  'frontmatter-custom-tag': [
    'summary: !custom A summary long enough for the schema, carrying a tag the site does not read.',
    'summary: !custom is a YAML tag',
  ],
  'frontmatter-colon-in-value': [
    'summary: Year two: what changed, said with a colon and no quotes around the value.',
    'The value of &#34;summary&#34; has a colon followed by a space',
  ],
};
for (const [slug, [line]] of Object.entries(UNREADABLE))
  writeFileSync(join(postsDir, `${slug}.mdx`), `${FRONTMATTER.replace(/^summary: .*$/m, line)}Text.\n`);

describe('frontmatter Astro cannot parse, in npm run dev', () => {
  it('shows the plain message on the post’s page, and the rest of the site keeps working', async () => {
    const server = await startDev(folder.contentDir, '/blog/a-post-with-a-picture/');
    try {
      for (const [slug, [, message]] of Object.entries(UNREADABLE)) {
        const answer = await fetch(`${server.origin}/blog/${slug}/`);
        expect(answer.status, server.log()).toBe(422);
        expect(await answer.text()).toContain(message);
      }
      const good = await fetch(`${server.origin}/blog/a-post-with-a-picture/`);
      expect(good.status, server.log()).toBe(200);
      expect(server.exited()).toBe(false);
      expect(server.log()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    } finally {
      server.stop();
    }
  }, 120_000);
});

describe('a frontmatter picture that is not a raster image, in npm run dev', () => {
  it('is refused in plain words, and the file is never imported or run', async () => {
    const server = await startDev(folder.contentDir, '/blog/a-post-with-a-picture/');
    try {
      const good = await fetch(`${server.origin}/blog/a-post-with-a-picture/`);
      expect(good.status, server.log()).toBe(200);
      for (const target of Object.keys(TARGETS)) {
        const answer = await fetch(`${server.origin}/blog/${slugOf(target)}/`);
        const page = await answer.text();
        expect(answer.status, server.log()).toBe(422);
        const expected = target.endsWith('.svg')
          ? `image.src: The picture &#34;./${target}&#34; is an SVG drawing`
          : `image.src: &#34;./${target}&#34; is not a picture file: a post may use PNG, JPEG, WebP, AVIF or GIF pictures.`;
        expect(page).toContain(expected);
        expect(page).not.toContain('<img');
      }
      const home = await (await fetch(`${server.origin}/blog/`)).text();
      for (const target of Object.keys(TARGETS)) expect(home).not.toContain(target);
      // Astro lists every picture it imports in the content layer's asset module; none of these is there.
      const assets = join('.astro', 'content-assets.mjs');
      const imported = existsSync(assets) ? readFileSync(assets, 'utf8') : '';
      for (const target of Object.keys(TARGETS)) {
        expect(imported).not.toContain(target);
        expect(existsSync(marker(target))).toBe(false);
      }
      expect(server.log()).not.toMatch(/does not exist\. Is the path correct|^\s+at .+:\d+:\d+\)?$/m);
      expect(server.exited()).toBe(false);
    } finally {
      server.stop();
    }
  }, 120_000);
});

describe('an about page or a publication whose frontmatter Astro cannot parse, in npm run dev', () => {
  it('shows the plain message on every page instead of stopping the preview', async () => {
    const broken = hostileContentFolder([]);
    try {
      const about = join(broken.contentDir, 'about', 'partnership.md');
      writeFileSync(
        about,
        readFileSync(about, 'utf8').replace('title: The partnership', 'title: !custom The partnership'),
      );
      const report = join(broken.contentDir, 'publications', 'fixture-report.mdx');
      writeFileSync(
        report,
        readFileSync(report, 'utf8').replace(
          /^subtitle: .*$/m,
          'subtitle: Year one: a colon in a value with no quotes',
        ),
      );
      const server = await startDev(broken.contentDir, '/');
      try {
        for (const path of ['/', '/about/', '/publications/fixture-report/']) {
          const answer = await fetch(`${server.origin}${path}`);
          const page = await answer.text();
          expect(answer.status, server.log()).toBe(422);
          expect(page).toContain(
            'partnership.md:2: frontmatter: The frontmatter cannot be read: !custom is a YAML tag',
          );
          expect(page).toContain('fixture-report.mdx:3: subtitle: The frontmatter cannot be read');
        }
        expect(server.exited()).toBe(false);
        expect(server.log()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      } finally {
        server.stop();
      }
    } finally {
      rmSync(broken.root, { recursive: true, force: true });
    }
  }, 120_000);
});

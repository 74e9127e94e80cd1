/**
 * What the security tests share: a content folder holding the hostile posts (and the fake pictures
 * they name), and the MDX compiler exactly as astro.config.mjs builds it.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { postFormatPlugins } from '../../src/lib/post-format/compiler-plugins';
import { BASE_FIXTURE, materialiseFixture } from '../support/fixtures';
import type { HostilePost } from './hostile-posts';

export const FRONTMATTER = `---
title: "A hostile post: testing the gate"
date: 2014-05-01
authors: [editors]
themes: [whole-person]
summary: A post written by the security tests to prove that the publishing gate refuses it.
sources:
  - title: Connecting Policy with Practice
    url: https://www.instituteforgovernment.org.uk/our-work/policy-making/connecting-policy-practice
    publisher: Institute for Government
---
`;

const PNG = readFileSync(join(BASE_FIXTURE, 'posts', 'fixture-chart.png'));

/**
 * A fresh copy of the good fixture's content folder with the given posts added, and the files
 * the picture attacks point at: a script, a script named .png, a symbolic link, an SVG with a
 * script, a picture outside the content folder and one over the size limit.
 */
export function hostileContentFolder(posts: readonly HostilePost[]): { root: string; contentDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'cpp-hostile-'));
  const contentDir = join(root, 'content');
  materialiseFixture('good-post', contentDir);
  const postsDir = join(contentDir, 'posts');
  mkdirSync(postsDir, { recursive: true });
  for (const post of posts) writeFileSync(join(postsDir, `${post.name}.mdx`), `${FRONTMATTER}${post.body}\n`);
  writeFileSync(join(postsDir, 'evil.js'), "globalThis.pwned = 'a picture ran';\n");
  writeFileSync(join(postsDir, 'script-named.png'), "globalThis.pwned = 'a picture ran';\n");
  symlinkSync(join(postsDir, 'fixture-chart.png'), join(postsDir, 'linked.png'));
  writeFileSync(
    join(postsDir, 'drawing.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n',
  );
  writeFileSync(join(root, 'outside.png'), PNG);
  writeFileSync(join(postsDir, 'huge.png'), Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]));
  return { root, contentDir };
}

/** The body of a post file as Astro's MDX integration hands it to the compiler: frontmatter blanked, lines kept. */
function bodyForCompiler(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---/, (frontmatter) => frontmatter.replace(/[^\n]/g, ' '));
}

/** The MDX compiler as the site's build runs it, for posts in `contentDir`. */
export async function siteMdxCompiler(contentDir: string) {
  const processor = satteri(postFormatPlugins({ contentDir, displayRoot: process.cwd() }));
  const renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: false, gfm: true, smartypants: true },
    { optimize: false, srcDir: pathToFileURL(join(process.cwd(), 'src/')), sourcemap: false },
  );
  return (absolutePath: string) =>
    renderer.process(bodyForCompiler(readFileSync(absolutePath, 'utf8')), absolutePath, {});
}

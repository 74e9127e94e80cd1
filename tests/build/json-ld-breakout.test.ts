/**
 * Frontmatter that tries to leave the JSON-LD block (`</script>`, `<!--`, U+2028 and U+2029 in a
 * post's title and summary and in an author's name in people.yaml), proved on a BUILT page read
 * with a real HTML parser (parse5, the WHATWG algorithm browsers use): the block stays one script,
 * parses to the exact text, and nothing else in the page became a script or a comment.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, shellEnv } from '../support/dev-server';
import { FRONTMATTER, hostileContentFolder } from '../security/support';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

const TITLE = 'Year two: </script><script>alert(1)</script><!-- a \u2028 b \u2029 c & "d"';
const SUMMARY =
  'A summary that tries </SCRIPT ><script>alert(2)</script> and <!-- to break out \u2028 of the JSON-LD block \u2029 & so on.';
const NAME = 'Lucy </script><script>alert(3)</script><!-- de Groot';

/** YAML double-quoted text: the line and paragraph separators written as escapes. */
const quoted = (text: string) =>
  `"${text
    .replace(/["\\]/g, (char) => `\\${char}`)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}"`;

const folder = hostileContentFolder([]);
const out = join(folder.root, 'dist');
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  for (const name of ['evil.js', 'script-named.png', 'linked.png', 'drawing.svg', 'huge.png'])
    rmSync(join(folder.contentDir, 'posts', name));
  const people = join(folder.contentDir, 'people.yaml');
  writeFileSync(
    people,
    `${readFileSync(people, 'utf8')}- id: lucy-de-groot\n  name: ${quoted(NAME)}\n  role: Writer for the tests\n  writesForSite: true\n`,
  );
  const frontmatter = FRONTMATTER.replace(/^title: .*$/m, `title: ${quoted(TITLE)}`)
    .replace(/^summary: .*$/m, `summary: ${quoted(SUMMARY)}`)
    .replace(/^authors: .*$/m, 'authors: [editors, lucy-de-groot]');
  writeFileSync(join(folder.contentDir, 'posts', 'breakout.mdx'), `${frontmatter}Text of the post.\n`);
  build = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
    encoding: 'utf8',
    env: shellEnv(folder.contentDir),
    timeout: 300_000,
  });
}, 300_000);
afterAll(() => rmSync(folder.root, { recursive: true, force: true }));

function elements(node: ParentNode, name: string, found: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if ('tagName' in child && child.tagName === name) found.push(child);
    if ('childNodes' in child) elements(child, name, found);
    if ('content' in child) elements(child.content, name, found);
  }
  return found;
}

function comments(node: ParentNode, found: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (child.nodeName === '#comment' && 'data' in child) found.push(child.data);
    if ('childNodes' in child) comments(child, found);
  }
  return found;
}

/** All the text inside an element, as a reader gets it. */
const textOf = (element: ParentNode): string =>
  element.childNodes
    .map((child) => ('value' in child ? child.value : 'childNodes' in child ? textOf(child) : ''))
    .join('');

describe('frontmatter that tries to leave the JSON-LD block, in a built page', () => {
  it('builds, and the block stays one script that parses to the exact title, summary and name', () => {
    expect(build.status, `${String(build.stdout)}${String(build.stderr)}`).toBe(0);
    const document = parse(readFileSync(join(out, 'blog', 'breakout', 'index.html'), 'utf8'));
    const scripts = elements(document, 'script');
    const blocks = scripts.filter((script) =>
      script.attrs.some((attr) => attr.name === 'type' && attr.value === 'application/ld+json'),
    );
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(textOf(blocks[0]!)) as {
      headline: string;
      description: string;
      author: { name: string }[];
    };
    expect(data.headline).toBe(TITLE);
    expect(data.description).toBe(SUMMARY);
    expect(data.author.map((author) => author.name)).toContain(NAME);
    // No script came out of the text, and no comment swallowed part of the page.
    for (const script of scripts) expect(textOf(script)).not.toMatch(/^\s*alert\(/);
    expect(comments(document).join('\n')).not.toMatch(/de Groot|to break out|a \u2028/);
    // The title reaches the reader as text, in the tab and the heading.
    expect(textOf(elements(document, 'title')[0]!)).toContain(TITLE);
    expect(textOf(elements(document, 'h1')[0]!).trim()).toBe(TITLE);
  }, 300_000);
});

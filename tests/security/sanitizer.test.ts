/**
 * The second wall on its own, as if the check and the gate were bypassed: the hostile markup comes
 * out of the sanitizer inert, and property-based fuzzing (fast-check) finds no tree it lets through
 * with a tag, an attribute or an address outside the schema.
 */
import fc from 'fast-check';
import type { Element, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast, mdxToHast } from 'satteri';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINK_SCHEMES } from '../../src/lib/post-format/allowlist';
import { schemeOf } from '../../src/lib/post-format/body-rules';
import { POST_SCHEMA, sanitizePostTree, toPlainHast } from '../../src/lib/post-format/sanitize';
import { HOSTILE_POSTS } from './hostile-posts';

const ALLOWED_TAGS = new Set(POST_SCHEMA.tagNames);
const ALLOWED_ATTRIBUTES = (tagName: string) =>
  new Set(
    (POST_SCHEMA.attributes?.[tagName] ?? []).map((definition) =>
      typeof definition === 'string' ? definition : definition[0],
    ),
  );

function elements(node: Nodes): Element[] {
  const own = node.type === 'element' ? [node] : [];
  return 'children' in node ? [...own, ...node.children.flatMap(elements)] : own;
}

/** Every way a sanitized tree could still do harm; an empty list means it is inert. */
function harms(root: Root): string[] {
  const found: string[] = [];
  for (const element of elements(root)) {
    if (!ALLOWED_TAGS.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (!ALLOWED_ATTRIBUTES(element.tagName).has(name)) found.push(`${element.tagName}[${name}]`);
      if (/^on/i.test(name)) found.push(`handler ${name}`);
      if (name === 'href' || name === 'src') {
        const scheme = schemeOf(String(value));
        if (scheme !== undefined && !(name === 'href' && LINK_SCHEMES.includes(scheme)))
          found.push(`${name}=${String(value)}`);
        if (name === 'src' && /^\s*[/\\]{2}/.test(String(value))) found.push(`src=${String(value)}`);
      }
      if (name === 'id' && !/^user-content-fn(?:ref)?-|^footnote-label$/.test(String(value)))
        found.push(`id=${String(value)}`);
    }
  }
  return found;
}

/** The sanitized tree as a browser reads it: written out as HTML and parsed again. */
const asBrowserReadsIt = (root: Root) => htmlToHast(toHtml(root), { fragment: true }) as Root;

describe('the sanitizer, on the hostile markup with the gate bypassed', () => {
  const markup = HOSTILE_POSTS.filter((post) => post.markup);

  it('has at least 40 cases', () => expect(markup.length).toBeGreaterThanOrEqual(40));

  it.each(markup)('makes $name inert', (post) => {
    const clean = sanitizePostTree(mdxToHast(post.body));
    expect(harms(clean)).toEqual([]);
    expect(harms(asBrowserReadsIt(clean))).toEqual([]);
  });

  it('keeps what a post needs: a link, a picture, a table, a footnote and an abbreviation', () => {
    const body =
      '## A section\n\nSee [the report](https://example.org/report) and <abbr title="Department for Work and Pensions">DWP</abbr>.[^a]\n\n![A chart](./chart.png)\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n[^a]: A note.';
    const html = toHtml(sanitizePostTree(mdxToHast(body)));
    for (const kept of [
      '<h2>A section</h2>',
      '<a href="https://example.org/report">the report</a>',
      '<abbr title="Department for Work and Pensions">DWP</abbr>',
      '<img src="./chart.png" alt="A chart">',
      '<th style="text-align: left">a</th>',
      'id="user-content-fn-a"',
      'href="#user-content-fnref-a"',
      'id="footnote-label"',
      'class="sr-only"',
    ])
      expect(html).toContain(kept);
  });
});

describe('the sanitizer, on every post the site publishes', () => {
  const posts = readdirSync('content/posts').filter((name) => name.endsWith('.mdx'));

  it.each(posts)('removes nothing from %s, which the check accepts', (name) => {
    const tree = mdxToHast(readFileSync(`content/posts/${name}`, 'utf8'));
    expect(toHtml(sanitizePostTree(tree))).toBe(toHtml(toPlainHast(tree) as Root));
  });
});

const HOSTILE_TAGS = [
  ...POST_SCHEMA.tagNames!,
  ...['script', 'style', 'iframe', 'noscript', 'title', 'xmp', 'noembed', 'plaintext', 'meta', 'base', 'svg', 'math'],
  ...['object', 'embed', 'form', 'template', 'div', 'span', 'SCRIPT', 'Script', 'foreignObject', 'animate'],
];
const HOSTILE_PROPERTIES = [
  ...['href', 'src', 'title', 'alt', 'id', 'className', 'style', 'onClick', 'onerror', 'onLoad', 'srcDoc', 'srcdoc'],
  ...['ping', 'rel', 'target', 'formAction', 'xLinkHref', 'httpEquiv', 'content', 'dataFootnoteRef', 'ariaLabel'],
  ...['dangerouslySetInnerHTML', 'is', 'slot', 'popover', 'autofocus', 'name', 'action', 'background', 'poster'],
];
const HOSTILE_VALUES = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//attacker.example/x.png',
    '\\\\attacker.example\\x.png',
    'https://attacker.example/',
    'mailto:someone@example.org',
    './chart.png',
    '#user-content-fn-a',
    'user-content-fn-a',
    'footnote-label',
    'text-align: left',
    'background:url(https://attacker.example/)',
    '</script><script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '0;url=https://attacker.example/',
    'opener',
    '_blank',
  ),
  fc.string(),
);

const hastTree: fc.Arbitrary<Nodes> = fc.letrec<{ node: Nodes }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('text' as const), value: fc.oneof(fc.string(), HOSTILE_VALUES) }),
    fc.record({
      type: fc.constant('element' as const),
      tagName: fc.constantFrom(...HOSTILE_TAGS),
      properties: fc.dictionary(fc.constantFrom(...HOSTILE_PROPERTIES), HOSTILE_VALUES, { maxKeys: 5 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }) as unknown as fc.Arbitrary<Nodes>,
    fc.record({
      type: fc.constantFrom('mdxJsxFlowElement' as const, 'mdxJsxTextElement' as const),
      name: fc.constantFrom(...HOSTILE_TAGS, 'Chart', '_createMdxContent', null),
      attributes: fc.array(
        fc.record({
          type: fc.constant('mdxJsxAttribute'),
          name: fc.constantFrom('title', 'onclick', 'href', 'style', 'srcdoc'),
          value: HOSTILE_VALUES,
        }),
        { maxLength: 3 },
      ),
      children: fc.array(tie('node'), { maxLength: 3 }),
    }) as unknown as fc.Arbitrary<Nodes>,
    fc.record({ type: fc.constant('comment' as const), value: fc.string() }),
    fc.record({
      type: fc.constant('raw' as const),
      value: fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>'),
    }) as unknown as fc.Arbitrary<Nodes>,
  ),
})).node;

describe('the sanitizer, fuzzed', () => {
  it('never lets a tag, an attribute or an address outside the schema through', () => {
    fc.assert(
      fc.property(fc.array(hastTree, { maxLength: 5 }), (children) => {
        const clean = sanitizePostTree({ type: 'root', children });
        expect(harms(clean)).toEqual([]);
        expect(harms(asBrowserReadsIt(clean))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable: sanitizing twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.array(hastTree, { maxLength: 5 }), (children) => {
        const once = sanitizePostTree({ type: 'root', children });
        expect(sanitizePostTree(structuredClone(once))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('turns any text a writer types into inert HTML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const clean = sanitizePostTree({ type: 'root', children: [{ type: 'text', value: text }] });
        expect(elements(asBrowserReadsIt(clean))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

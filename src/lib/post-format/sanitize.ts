/**
 * The second wall: every post's HTML goes through hast-util-sanitize with the schema below, inside
 * the MDX compiler, after Markdown has become HTML and before Astro adds heading ids and turns
 * pictures into its image component. Should a hostile post ever get past the check and the gate,
 * what remains is the Markdown the site draws (paragraphs, headings, lists, quotes, links,
 * pictures, tables, footnotes) and the tags in ./allowlist.ts: no script, no event handler, no
 * raw-text element (noscript, title, xmp, noembed, plaintext), no SVG or MathML, no `srcdoc`,
 * `ping`, `target` or `rel`, no address with a scheme outside the allowlist.
 */
import type { Element, ElementContent, Nodes, Properties, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { ALLOWED_TAGS, LINK_SCHEMES } from './allowlist';

/** Ids the Markdown pipeline itself writes: footnotes and their label. */
const FOOTNOTE_ID = /^user-content-fn(?:ref)?-[\w-]+$/;

/** What post HTML may hold, element by element (hast property names). */
export const POST_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'ul', 'ol', 'li', 'pre', 'code'],
    ...['a', 'em', 'strong', 'del', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section', 'input'],
    ...Object.keys(ALLOWED_TAGS),
  ],
  attributes: {
    a: [
      'href',
      'title',
      ['id', FOOTNOTE_ID],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['ariaDescribedBy', 'footnote-label'],
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    img: ['src', 'alt', 'title'],
    code: [['className', /^language-[\w-]+$/]],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [
      ['id', FOOTNOTE_ID],
      ['className', 'task-list-item'],
    ],
    h2: [
      ['id', 'footnote-label'],
      ['className', 'sr-only'],
    ],
    section: ['dataFootnotes', ['className', 'footnotes']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    th: [['style', /^text-align: (?:left|right|center)$/]],
    td: [['style', /^text-align: (?:left|right|center)$/]],
    ...Object.fromEntries(Object.entries(ALLOWED_TAGS).map(([tag, attributes]) => [tag, [...attributes]])),
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'], input: ['li'] },
  protocols: { href: [...LINK_SCHEMES], src: ['no-scheme-allowed'] },
  // The pipeline prefixes its own ids already; ids from anywhere else are not in the schema at all.
  clobber: [],
  clobberPrefix: '',
  // Elements whose content is not text a reader should see go whole, content and all.
  strip: [
    'script',
    'style',
    'noscript',
    'noembed',
    'noframes',
    'template',
    'title',
    'xmp',
    'plaintext',
    'iframe',
    'textarea',
    'svg',
    'math',
    'select',
    'object',
  ],
  allowComments: false,
  allowDoctypes: false,
};

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
}

/**
 * A plain hast copy of the compiler's tree. Tags written in the post (JSX to MDX) become ordinary
 * elements when their name is a lower-case HTML name, with only their quoted attributes, so the
 * sanitizer judges them like any element; components, expressions and imports are left out.
 */
export function toPlainHast(node: unknown): Nodes | undefined {
  const source = node as { type: string; [key: string]: unknown };
  const children = () =>
    ((source['children'] as unknown[] | undefined) ?? [])
      .map(toPlainHast)
      .filter((child): child is ElementContent => child !== undefined);
  switch (source.type) {
    case 'root':
      return { type: 'root', children: children() };
    case 'text':
      return { type: 'text', value: String(source['value']) };
    case 'element':
      return {
        type: 'element',
        tagName: String(source['tagName']),
        properties: { ...(source['properties'] as Properties) },
        children: children(),
      };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const jsx = source as unknown as JsxNode;
      if (!jsx.name || !/^[a-z][a-z0-9]*$/.test(jsx.name)) return undefined;
      const properties: Properties = {};
      for (const attribute of jsx.attributes)
        if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string')
          properties[find(html, attribute.name).property] = attribute.value;
      return { type: 'element', tagName: jsx.name, properties, children: children() } satisfies Element;
    }
    default:
      return undefined;
  }
}

/** Removes `//host/…` picture sources, which have no scheme yet load from another website. */
function dropNetworkPathPictures(node: Nodes): void {
  if (node.type === 'element' && node.tagName === 'img' && /^\s*[/\\]{2}/.test(String(node.properties['src'] ?? '')))
    delete node.properties['src'];
  if ('children' in node) for (const child of node.children) dropNetworkPathPictures(child);
}

/** Sanitizes a post's hast tree (as the compiler holds it) into a new, plain root. */
export function sanitizePostTree(tree: unknown): Root {
  const plain = toPlainHast(tree) ?? { type: 'root', children: [] };
  const clean = sanitize(plain, POST_SCHEMA);
  const root: Root = clean.type === 'root' ? clean : { type: 'root', children: [] };
  dropNetworkPathPictures(root);
  return root;
}

/**
 * The `#anchors` a page offers, worked out the way the build makes them: Astro gives each heading
 * the github-slugger slug of its text (`## What happened next` → `#what-happened-next`, a repeat
 * gets `-1`), and the reading layout adds a few ids of its own.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { MdastNode } from 'satteri';
import { walk } from './content-file';

/** Ids the reading layout (`src/layouts/Reading.astro`) puts on every publication and post page. */
const READING_PAGE_IDS = ['main', 'site-search', 'toc-heading', 'sources-heading', 'footnote-label'] as const;

/** The text of a node as the rendered HTML's text content would have it. */
export function textOf(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node && Array.isArray(node.children)) {
    return (node.children as MdastNode[]).map(textOf).join('');
  }
  return '';
}

/** Every anchor a page made from this MDX tree offers: headings, ids written in tags, footnotes. */
export function anchorsOf(tree: MdastNode): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>(READING_PAGE_IDS);
  walk(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
    else if (node.type === 'footnoteDefinition') {
      anchors.add(`user-content-fn-${node.identifier.toLowerCase()}`);
      anchors.add(`user-content-fnref-${node.identifier.toLowerCase()}`);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') {
          anchors.add(attribute.value);
        }
      }
    }
  });
  return anchors;
}

/**
 * The id (and so the address) Astro's glob loader gives an entry: its `slug` field when set,
 * else each folder and the file name slugified (`My Post.mdx` → `my-post`).
 */
export function entrySlug(entryPath: string, data: Record<string, unknown>): string {
  const slugField = data['slug'];
  if ((typeof slugField === 'string' || typeof slugField === 'number') && slugField !== '') return String(slugField);
  return entryPath
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

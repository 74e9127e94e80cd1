/**
 * The search records `npm run dev` indexes: one per post and publication, read from the content
 * folder's files (the dev server renders pages on request, so there is no built HTML to index).
 * They carry the same filters, meta and sort key as the built pages' SearchMetadata, so the search
 * page behaves as it does on the built site; the words are the text with Markdown's marks removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slug } from 'github-slugger';
import { FRONTMATTER, readYaml } from '../content/yaml-data';

/** What Pagefind's `addCustomRecord` takes. */
export interface DevSearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The language of every page (`<html lang>`), which Pagefind's browser script looks for. */
const SEARCH_LANGUAGE = 'en-gb';

/** The words of an MDX body: no imports, tags, link targets, footnote marks or Markdown punctuation. */
export function plainText(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\^[^\]]+\]:?/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The entry id Astro's glob loader gives a file: its `slug`, else its path slugified, without extension. */
export function entryId(base: string, file: string, data: Record<string, unknown>): string {
  if (typeof data['slug'] === 'string') return data['slug'];
  return relative(base, file)
    .replace(/\.mdx?$/, '')
    .split(sep)
    .map((part) => slug(part))
    .join('/');
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx') && !name.split(/[\\/]/).at(-1)?.startsWith('_'))
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

const isoOf = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []);

/** A record from one content file (drafts too: the dev server shows them), or undefined without a title. */
export function recordOf(
  section: 'blog' | 'publications',
  base: string,
  file: string,
  text: string,
): DevSearchRecord | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  // The same guarded reader as the checks: no anchors or aliases, bounded size and depth.
  const { data } = readYaml(match[1] ?? '');
  if (!data || typeof data !== 'object') return undefined;
  const fields = data as Record<string, unknown>;
  const title = typeof fields['title'] === 'string' ? fields['title'] : undefined;
  if (!title) return undefined;
  const summary = typeof fields['summary'] === 'string' ? fields['summary'] : '';
  const iso = section === 'blog' ? isoOf(fields['date']) : isoOf(fields['published']);
  const type = section === 'blog' ? 'post' : 'publication';
  return {
    url: `/${section}/${entryId(base, file, fields)}/`,
    content: `${title}. ${summary} ${plainText(text.slice(match[0].length))}`,
    language: SEARCH_LANGUAGE,
    meta: {
      title,
      type: section === 'blog' ? 'Blog post' : 'Publication',
      ...(iso ? { date: iso } : {}),
      ...(summary ? { summary } : {}),
    },
    filters: {
      type: [type],
      theme: ids(fields['themes']),
      author: ids(fields['authors']),
      ...(iso ? { year: [iso.slice(0, 4)] } : {}),
    },
    sort: { date: iso ?? '0000' },
  };
}

/** Every post and publication under `contentDir`, as search records. */
export function devSearchRecords(contentDir: string): DevSearchRecord[] {
  const sections = [
    ['blog', join(contentDir, 'posts')],
    ['publications', join(contentDir, 'publications')],
  ] as const;
  return sections.flatMap(([section, base]) =>
    filesIn(base).flatMap((file) => recordOf(section, base, file, readFileSync(file, 'utf8')) ?? []),
  );
}

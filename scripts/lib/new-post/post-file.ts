/**
 * What `npm run new:post` writes: a post file whose frontmatter is complete and whose example
 * text the content checks refuse until it is replaced (see content-check/placeholders.ts).
 */
import { slug } from 'github-slugger';
import { Document, isScalar, isSeq } from 'yaml';
import { PLACEHOLDERS } from '../../../src/lib/content-check/placeholders';

export interface NewPostOptions {
  title: string;
  authors: readonly string[];
  themes: readonly string[];
  draft: boolean;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The published text the post summarises, already checked (scripts/lib/new-post/original.ts). */
  original?: Record<string, unknown> | undefined;
}

/** Longest file name the slug gets, so addresses stay readable; cut at a word. */
const MAX_SLUG = 60;

/**
 * The post's file name and address from its title, as Astro would make it from the file name.
 *
 * @example postSlug('What the pairs learned in Leeds') // 'what-the-pairs-learned-in-leeds'
 */
export function postSlug(title: string): string {
  const full = slug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (full.length <= MAX_SLUG) return full;
  return full.slice(0, MAX_SLUG + 1).replace(/-[^-]*$/, '');
}

/** The whole file: frontmatter written by `yaml` (which quotes what needs quoting), then example text. */
export function newPostFile(options: NewPostOptions): string {
  const frontmatter = {
    title: options.title,
    date: options.date,
    ...(options.draft ? { draft: true } : {}),
    authors: [...options.authors],
    themes: [...options.themes],
    summary: PLACEHOLDERS.summary,
    ...(options.original ? { original: options.original } : {}),
    sources: [
      { title: PLACEHOLDERS.sourceTitle, url: PLACEHOLDERS.sourceUrl, publisher: PLACEHOLDERS.sourcePublisher },
    ],
  };
  const document = new Document(frontmatter);
  // Id lists on one line, as CONTRIBUTING shows them: `themes: [whole-person, prevention]`.
  for (const key of ['authors', 'themes']) {
    const list = document.get(key, true);
    if (isSeq(list)) list.flow = true;
  }
  // Quoted, as in every post, so no YAML reader takes 2013-11-20 for a timestamp or 2013 for a number.
  const originalDate = document.getIn(['original', 'date'], true);
  if (isScalar(originalDate)) originalDate.type = 'QUOTE_SINGLE';
  return [
    '---',
    document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd(),
    '---',
    '',
    PLACEHOLDERS.body,
    '',
    '## A heading for each part',
    '',
    'Write in short paragraphs. Add a footnote like this.[^1]',
    '',
    '[^1]: The footnote, for example the page of the source it comes from.',
    '',
  ].join('\n');
}

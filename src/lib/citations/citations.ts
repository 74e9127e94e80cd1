/**
 * Every citation on the site, written by citation-js from one CSL-JSON item: APA and Harvard
 * text in British English (en-GB locale), and BibLaTeX and RIS files. Nothing here formats a
 * name or a date by hand; the engine and its styles do.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { createHash } from 'node:crypto';
import { parse as parseName } from '@citation-js/name';
import type { PartialDate } from '../dates/partial-date';
import { cachedCitation, readCachedCitation, storeCitation } from './citation-cache';

// plugin-bibtex drops a key with a hyphen ("cpp-year-one-report") for one made from author and
// year; BibTeX allows hyphens in keys, and ours must match the file names, so keys are kept.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/** A name as citations need it: a person (split into given and family names) or an organisation (kept whole). */
export type CitedName = { person: string } | { organisation: string };

/** What is being cited; each maps to one CSL type. */
type CitationKind = 'report' | 'post' | 'section' | 'web-page' | 'news';

/** Everything a citation needs, built from frontmatter (never typed twice). */
export interface CitationData {
  /** Stable key for BibLaTeX, RIS and file names: `cpp-year-one-report`. */
  key: string;
  kind: CitationKind;
  title: string;
  /** People and organisations credited as authors; when empty, the publisher stands as author. */
  authors: readonly CitedName[];
  /** Who published it: for a report its institution, for a post the blog or site it appeared on. */
  publisher: string;
  /** At the precision known; absent when the original shows no date (APA then prints "n.d."). */
  date?: PartialDate | undefined;
  /** The permanent address of the page (or the section's anchor). */
  url: string;
  /** For a section: the title of the account it belongs to. For a post or page: the site or blog. */
  containerTitle?: string | undefined;
  /** What the cited text is, shown in square brackets after the title: "Summary". */
  medium?: string | undefined;
}

/** A CSL-JSON name: a person's parts, or an organisation's literal name. */
interface CslName {
  given?: string;
  family?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
}

const CSL_TYPE: Record<CitationKind, string> = {
  report: 'report',
  post: 'post-weblog',
  section: 'chapter',
  'web-page': 'webpage',
  news: 'article-newspaper',
};

// citation-js's name parser reads "Sir" as a particle ("Heywood, J. S."); references leave
// honours out, so they are taken off before parsing.
const HONOURS = /^(?:Sir|Dame|Lord|Lady|Dr|Professor|Prof)\.?\s+/;

/**
 * A name as CSL-JSON writes it.
 * @example cslName({ person: 'Lucy de Groot' }) // { given: 'Lucy', 'non-dropping-particle': 'de', family: 'Groot' }
 */
export function cslName(name: CitedName): CslName {
  if ('organisation' in name) return { literal: name.organisation };
  return parseName(name.person.trim().replace(HONOURS, ''));
}

function dateParts(date: PartialDate): number[] {
  return date.iso.split('-').map(Number);
}

/** The CSL-JSON item citation-js formats. */
function cslItem(data: CitationData): Record<string, unknown> {
  const authors = data.authors.length ? data.authors : [{ organisation: data.publisher }];
  return {
    id: data.key,
    'citation-key': data.key,
    type: CSL_TYPE[data.kind],
    title: data.title,
    author: authors.map(cslName),
    // A site that publishes its own pages is named once, as the container, not again as publisher.
    ...(data.publisher === data.containerTitle ? {} : { publisher: data.publisher }),
    ...(data.date ? { issued: { 'date-parts': [dateParts(data.date)] } } : {}),
    URL: data.url,
    ...(data.containerTitle ? { 'container-title': data.containerTitle } : {}),
    ...(data.medium ? { medium: data.medium } : {}),
  };
}

type Template = 'apa' | 'harvard1';
/** The part of plugin-csl's register of CSL styles (XML by name) used here. */
interface StyleRegister {
  has(name: string): boolean;
  get(name: string): string;
  add(name: string, xml: string): void;
}
const TEMPLATES: readonly Template[] = ['apa', 'harvard1'];

/**
 * The name of a copy of `template` with the citation's disambiguation turned off. Each reference
 * on the site stands alone on its page, where "2014a" or an added given name would mean nothing;
 * with disambiguation off, citeproc can format many references in one list and give each the text
 * it has alone (the styles are XML, so one attribute is rewritten: no library edits a CSL style).
 */
function standalone(template: Template): string {
  const name = `${template}-standalone`;
  const { styles } = plugins.config.get('@csl') as { styles: StyleRegister };
  if (!styles.has(name)) {
    const xml = styles
      .get(template)
      .replace(/<citation\b[^>]*>/, (tag) =>
        tag.replace(/disambiguate-add-(givenname|names|year-suffix)="true"/g, 'disambiguate-add-$1="false"'),
      );
    styles.add(name, xml);
  }
  return name;
}

function formatted(items: readonly Record<string, unknown>[], template: Template): string[] {
  // Each item gets an id of its own in the list (two citations may share a key); ids are not printed.
  const listed = items.map((item, index) => ({ ...item, id: `item-${index}` }));
  const entries = new Cite(listed).format('bibliography', {
    format: 'text',
    template: standalone(template),
    lang: 'en-GB',
    asEntryArray: true,
    nosort: true,
  });
  const byId = new Map(entries.map(([id, text]) => [id, String(text).trim()]));
  return listed.map((item) => byId.get(item.id) ?? '');
}

/** What the cache files a text under, beside its item: the style, locale and output format. */
const cacheStyle = (template: Template) => `${template}|en-GB|text`;

/** One reference in a CSL style, from the cache of earlier builds when its item is unchanged. */
function bibliography(data: CitationData, template: Template): string {
  const item = cslItem(data);
  return cachedCitation(cacheStyle(template), item, () => formatted([item], template)[0] ?? '');
}

/** How many references citeproc formats in one list: a hundred take about what eight do one by one. */
const BATCH_SIZE = 100;

/**
 * Writes the APA and Harvard texts of many citations ahead, a list at a time, into the cache that
 * {@link citeApa} and {@link citeHarvard} read; those already cached are skipped. A build calls it
 * once with every post's citations, before the posts' pages are drawn.
 */
export function prepareCitationTexts(citations: readonly CitationData[]): void {
  const items = [
    ...new Map(
      citations.map((data) => {
        const item = cslItem(data);
        return [JSON.stringify(item), item];
      }),
    ).values(),
  ];
  for (const template of TEMPLATES) {
    const style = cacheStyle(template);
    const missing = items.filter((item) => readCachedCitation(style, item) === undefined);
    for (let start = 0; start < missing.length; start += BATCH_SIZE) {
      const batch = missing.slice(start, start + BATCH_SIZE);
      formatted(batch, template).forEach((text, index) => {
        if (text) storeCitation(style, batch[index], text);
      });
    }
  }
}

/**
 * APA 7th edition, from citation-js's CSL style.
 * @example citeApa(data) // "The site’s editors. (2026, November 23). Title [Summary]. Site. https://…"
 */
export function citeApa(data: CitationData): string {
  return bibliography(data, 'apa');
}

/**
 * Harvard, from citation-js's CSL style. It has no "Accessed" date: the day a reader reads the
 * page cannot be known when the site is built, and the build day would pass itself off as one.
 */
export function citeHarvard(data: CitationData): string {
  return bibliography(data, 'harvard1');
}

/** A BibLaTeX entry (`date` keeps the known precision: `2013-11`), for the `.bib` download. */
export function citeBibtex(data: CitationData): string {
  return `${String(new Cite([cslItem(data)]).format('biblatex')).trim()}\n`;
}

const RIS_TAG = /^[A-Z][A-Z0-9] {2}-( |$)/;

/** The RIS specification's limit on a reference ID: at most 20 characters, 0-9 and A-Z only. */
const RIS_ID_LENGTH = 20;
const RIS_ID_HASH_LENGTH = 8;

/**
 * The reference ID of an RIS record. The format allows at most 20 characters, digits and capital
 * letters only, and plugin-ris 0.8 simply cuts the key at 20, so a post and its original
 * ("cpp-blog-kanani-guest-post…" and "…-original") would share one ID and a reference manager
 * would merge them. A short key is kept as it reads; a longer one keeps its start and ends with a
 * hash of the whole key, so every key has its own ID.
 * @example risId('cpp-year-one-report') // "CPPYEARONEREPORT"
 */
function risId(key: string): string {
  const readable = key.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (readable.length <= RIS_ID_LENGTH) return readable;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, RIS_ID_HASH_LENGTH).toUpperCase();
  return `${readable.slice(0, RIS_ID_LENGTH - RIS_ID_HASH_LENGTH)}${hash}`;
}

/** An RIS record (EndNote, Zotero, Mendeley), lines ending in CR LF as the format asks. */
export function citeRis(data: CitationData): string {
  const item = cslItem(data);
  item['id'] = risId(data.key);
  // plugin-ris 0.8 writes only family and given names and drops a particle ("Groot, Lucy"):
  // the particle joins the family name so the reference keeps "de Groot".
  item['author'] = (item['author'] as CslName[]).map(({ 'non-dropping-particle': particle, ...name }) =>
    particle && name.family ? { ...name, family: `${particle} ${name.family}` } : name,
  );
  const ris = String(new Cite([item]).format('ris')).trim();
  // plugin-ris 0.8 breaks every value after 70 characters with a bare newline, which cuts web
  // addresses in two and which readers (citation-js's own among them) rejoin with a space. A line
  // that does not start with a tag is such a piece: it is joined back to the line before it.
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (RIS_TAG.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return `${lines.join('\r\n')}\r\n`;
}

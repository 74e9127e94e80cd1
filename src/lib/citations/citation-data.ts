/**
 * Builds citation data from frontmatter, so no reference is ever typed twice. "Cite this page"
 * always cites this site's account (written by the site's editors, published by the site, on the
 * day the site published it); "Cite the original" cites the published text the account is about.
 */
import type { CitationData, CitedName } from './citations';
import type { PartialDate } from '../dates/partial-date';
import { dayOf } from '../dates/post-dates';
import { SITE } from '../site';
import { postHref, publicationHref } from '../routes';
import type { PublicationSection } from '../content/publication-sections';
import type { Original } from '../content/original';

interface PublicationLike {
  id: string;
  data: {
    title: string;
    subtitle?: string | undefined;
    titleKnown?: boolean | undefined;
    published: PartialDate;
    publisher: string;
    date: Date;
    originalUrl?: string | undefined;
  };
}

/** The published text a post summarises, as the schema's `original` holds it (what our copy holds aside). */
type OriginalLike = Omit<Original, 'holds'>;

interface PostLike {
  id: string;
  data: { title: string; date: Date; original?: OriginalLike | undefined };
}

/** A person of content/people.yaml as citations name them. */
export function citedNameOf(person: { name: string; nameKind: 'person' | 'organisation' }): CitedName {
  return person.nameKind === 'organisation' ? { organisation: person.name } : { person: person.name };
}

/** The site's editors, who write every account on the site. */
export const SITE_EDITORS: CitedName = { organisation: SITE.editors };

/** The permanent address of a page on this site. */
function pageUrl(site: URL | undefined, path: string): string {
  return new URL(path, site ?? 'https://example.invalid').href;
}

/** The title a publication's page carries: its title and, when there is one, its subtitle. */
function accountTitle(data: PublicationLike['data']): string {
  return data.subtitle ? `${data.title}: ${data.subtitle}` : data.title;
}

/** "Cite this page" on a publication page: the site's account of the publication, not the report. */
export function publicationCitation(entry: PublicationLike, site: URL | undefined): CitationData {
  return {
    key: `cpp-${entry.id}`,
    kind: 'web-page',
    title: accountTitle(entry.data),
    medium: 'Summary',
    authors: [SITE_EDITORS],
    publisher: SITE.publisher,
    containerTitle: SITE.publisher,
    date: dayOf(entry.data.date),
    url: pageUrl(site, publicationHref(entry.id)),
  };
}

/**
 * "Cite the original" on a publication page: the report itself, when the sources give its page.
 * The sources name no authors, so the publisher stands as its author, as APA and Harvard ask.
 * A document whose exact title the sources do not give is not cited: a description is not a title.
 */
export function publicationOriginalCitation(entry: PublicationLike): CitationData | undefined {
  if (!entry.data.originalUrl || entry.data.titleKnown === false) return undefined;
  return {
    key: `cpp-${entry.id}-original`,
    kind: 'report',
    title: entry.data.title,
    authors: [],
    publisher: entry.data.publisher,
    date: entry.data.published,
    url: entry.data.originalUrl,
  };
}

/** "Cite this page" on a post: the post on this site, by its authors, on the day the site published it. */
export function postCitation(entry: PostLike, authors: readonly CitedName[], site: URL | undefined): CitationData {
  return {
    key: `cpp-blog-${entry.id}`,
    kind: 'post',
    title: entry.data.title,
    ...(entry.data.original ? { medium: 'Summary' } : {}),
    authors,
    publisher: SITE.publisher,
    containerTitle: SITE.publisher,
    date: dayOf(entry.data.date),
    url: pageUrl(site, postHref(entry.id)),
  };
}

interface PostWithAuthors extends PostLike {
  data: PostLike['data'] & { authors: readonly { id: string }[] };
}

/**
 * Every citation the posts' pages show ("Cite this page" and, where there is one, "Cite the
 * original"), for writing their texts ahead in one pass (see `prepareCitationTexts`).
 */
export function everyPostCitation(
  posts: readonly PostWithAuthors[],
  people: ReadonlyMap<string, CitedName>,
  site: URL | undefined,
): CitationData[] {
  return posts.flatMap((post) => {
    const authors = post.data.authors.flatMap((author) => people.get(author.id) ?? []);
    const original = postOriginalCitation(post);
    return original ? [postCitation(post, authors, site), original] : [postCitation(post, authors, site)];
  });
}

const ORIGINAL_KIND = { 'blog-post': 'post', news: 'news', 'web-page': 'web-page' } as const;

/**
 * "Cite the original" on a post: only when the original is a known publication (its title is
 * known). A teaser seen on a listing page, with no title, is not something a reader can cite.
 */
export function postOriginalCitation(entry: PostLike): CitationData | undefined {
  const original = entry.data.original;
  if (!original?.title) return undefined;
  return {
    key: `cpp-blog-${entry.id}-original`,
    kind: ORIGINAL_KIND[original.kind],
    title: original.title,
    authors: original.author ? [original.author] : [],
    publisher: original.publisher,
    containerTitle: original.publisher,
    date: original.date,
    url: original.url,
  };
}

/** A section of a publication (a disconnect or a question), cited through its anchor. */
export function sectionCitation(
  publication: CitationData,
  section: Pick<PublicationSection, 'sectionId' | 'heading'>,
): CitationData {
  return {
    ...publication,
    key: `${publication.key}-${section.sectionId}`,
    kind: 'section',
    title: section.heading,
    containerTitle: publication.title,
    medium: undefined,
    url: `${publication.url}#${section.sectionId}`,
  };
}

/**
 * The citation of every themed section of a publication, keyed by the section's anchor id, titled
 * by the heading readers see (see `publication-sections.ts`).
 *
 * @example sectionCitations(report, sections).get('prevention-versus-crisis')?.title // "Prevention versus crisis"
 */
export function sectionCitations(
  publication: CitationData,
  sections: readonly Pick<PublicationSection, 'sectionId' | 'heading'>[],
): Map<string, CitationData> {
  return new Map(sections.map((section) => [section.sectionId, sectionCitation(publication, section)]));
}

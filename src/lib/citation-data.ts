/**
 * Builds citation data from frontmatter, so no reference is ever typed twice. Pages pass in the
 * entry, the names of its authors and the site's address.
 */
import type { CitationData } from './citations';
import type { PartialDate } from './partial-date';
import { SITE } from './site';

interface PublicationLike {
  id: string;
  data: { title: string; subtitle?: string | undefined; published: PartialDate; publisher: string };
}

interface PostLike {
  id: string;
  data: { title: string; date: Date };
}

/** The permanent address of a page on this site. */
export function pageUrl(site: URL | undefined, path: string): string {
  return new URL(path, site ?? 'https://example.invalid').href;
}

export function publicationCitation(
  entry: PublicationLike,
  authors: readonly string[],
  site: URL | undefined,
): CitationData {
  return {
    key: `cpp-${entry.id}`,
    kind: 'report',
    title: entry.data.subtitle ? `${entry.data.title}: ${entry.data.subtitle}` : entry.data.title,
    authors,
    publisher: entry.data.publisher,
    date: entry.data.published,
    url: pageUrl(site, `/publications/${entry.id}/`),
  };
}

export function postCitation(entry: PostLike, authors: readonly string[], site: URL | undefined): CitationData {
  const iso = entry.data.date.toISOString().slice(0, 10);
  return {
    key: `cpp-blog-${entry.id}`,
    kind: 'post',
    title: entry.data.title,
    authors,
    publisher: SITE.publisher,
    date: { iso, precision: 'day', start: new Date(`${iso}T00:00:00Z`) },
    url: pageUrl(site, `/blog/${entry.id}/`),
  };
}

/** A section of a publication (a disconnect or a question), cited through its anchor. */
export function sectionCitation(publication: CitationData, section: { id: string; heading: string }): CitationData {
  return {
    ...publication,
    key: `${publication.key}-${section.id}`,
    kind: 'section',
    title: section.heading,
    containerTitle: publication.title,
    url: `${publication.url}#${section.id}`,
  };
}

/**
 * The citation of every themed section of a publication, keyed by the section's anchor id. The
 * heading text is the one readers see (from `render()`'s headings), so it is never typed twice.
 * A section id that matches no heading is an error naming the publication and the ids it has.
 *
 * @example sectionCitations(report, [{ id: 'prevention-versus-crisis' }], headings).get('prevention-versus-crisis')
 */
export function sectionCitations(
  publication: CitationData,
  sections: readonly { id: string }[],
  headings: readonly { slug: string; text: string }[],
  file = publication.key,
): Map<string, CitationData> {
  const textBySlug = new Map(headings.map((heading) => [heading.slug, heading.text]));
  return new Map(
    sections.map((section) => {
      const heading = textBySlug.get(section.id);
      if (heading === undefined) {
        throw new Error(
          `${file}: "sections" lists the id "${section.id}", but no heading of the text has that id. ` +
            `Use one of: ${[...textBySlug.keys()].join(', ') || '(the text has no headings)'}.`,
        );
      }
      return [section.id, sectionCitation(publication, { id: section.id, heading })];
    }),
  );
}

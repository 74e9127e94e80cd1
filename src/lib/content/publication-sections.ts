/**
 * The publications' themed sections (section id → heading → themes → address): the one model the
 * charts, the theme pages, the feeds and the citations share. A section's heading is the text
 * readers see, read from the publication's rendered headings, so it is never typed twice.
 */
import { render } from 'astro:content';
import { orderedPublications, type Publication } from './queries';
import { publicationHref } from '../routes';

/** A section of a publication that carries themes, as every page and file names it. */
export interface PublicationSection {
  publicationId: string;
  /** The publication's title and, when there is one, its subtitle: "Year two report: Two questions". */
  publicationTitle: string;
  /** The section's anchor id, the `id` of its heading. */
  sectionId: string;
  heading: string;
  themeIds: readonly string[];
  /** The section's address: the publication's page at the section's anchor. */
  href: string;
}

/** The fields of a publication entry the sections are made from. */
export interface SectionedPublication {
  id: string;
  filePath?: string | undefined;
  data: {
    title: string;
    subtitle?: string | undefined;
    sections: readonly { id: string; themes: readonly { id: string }[] }[];
  };
}

/**
 * The themed sections of one publication, given the headings its text renders. A section id that
 * matches no heading is an error naming the publication's file and the ids it has.
 *
 * @example sectionsOf(report, [{ slug: 'policy-churn', text: 'Policy churn' }])[0].href // "/publications/year-one/#policy-churn"
 */
export function sectionsOf(
  publication: SectionedPublication,
  headings: readonly { slug: string; text: string }[],
): PublicationSection[] {
  const { data } = publication;
  const textBySlug = new Map(headings.map((heading) => [heading.slug, heading.text]));
  return data.sections.map((section) => {
    const heading = textBySlug.get(section.id);
    if (heading === undefined) {
      throw new Error(
        `${publication.filePath ?? publication.id}: "sections" lists the id "${section.id}", but no heading of the text has that id. ` +
          `Use one of: ${[...textBySlug.keys()].join(', ') || '(the text has no headings)'}.`,
      );
    }
    return {
      publicationId: publication.id,
      publicationTitle: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
      sectionId: section.id,
      heading,
      themeIds: section.themes.map((theme) => theme.id),
      href: publicationHref(publication.id, section.id),
    };
  });
}

async function loadSections(publication: Publication): Promise<PublicationSection[]> {
  const { headings } = await render(publication);
  return sectionsOf(publication, headings);
}

const built = new Map<string, Promise<PublicationSection[]>>();

/**
 * One publication's themed sections. A production build renders each publication for them once;
 * `astro dev` works them out afresh on each request so edited content shows at once.
 */
export function publicationSections(publication: Publication): Promise<PublicationSection[]> {
  if (import.meta.env.DEV) return loadSections(publication);
  let sections = built.get(publication.id);
  if (!sections) {
    sections = loadSections(publication);
    built.set(publication.id, sections);
  }
  return sections;
}

/** Every themed section of every publication, in publication order. */
export async function allPublicationSections(): Promise<PublicationSection[]> {
  const publications = await orderedPublications();
  return (await Promise.all(publications.map(publicationSections))).flat();
}

/** The heading text of each themed section, read from the publications' rendered headings. */
import { render } from 'astro:content';
import type { Publication } from './queries';

export interface ThemedSection {
  publicationId: string;
  publicationTitle: string;
  sectionId: string;
  heading: string;
  themeIds: string[];
}

/** Every themed section of every publication, with its heading as readers see it. */
export async function themedSections(publications: readonly Publication[]): Promise<ThemedSection[]> {
  const all = await Promise.all(
    publications.map(async (publication) => {
      const { headings } = await render(publication);
      const textBySlug = new Map(headings.map((heading) => [heading.slug, heading.text]));
      return publication.data.sections.map((section) => ({
        publicationId: publication.id,
        publicationTitle: publication.data.title + (publication.data.subtitle ? `: ${publication.data.subtitle}` : ''),
        sectionId: section.id,
        heading: textBySlug.get(section.id) ?? section.id,
        themeIds: section.themes.map((theme) => theme.id),
      }));
    }),
  );
  return all.flat();
}

/**
 * Which publication sections and posts carry each theme. Pages use it to list, for a theme,
 * everything that addresses it.
 */
export interface SectionRef {
  publicationId: string;
  publicationTitle: string;
  sectionId: string;
}

export interface TaggedPublication {
  id: string;
  data: {
    title: string;
    themes: readonly { id: string }[];
    sections: readonly { id: string; themes: readonly { id: string }[] }[];
  };
}

export interface TaggedPost {
  id: string;
  data: { themes: readonly { id: string }[] };
}

/** The sections of publications that carry `themeId`, in publication order. */
export function sectionsForTheme(themeId: string, publications: readonly TaggedPublication[]): SectionRef[] {
  return publications.flatMap((publication) =>
    publication.data.sections
      .filter((section) => section.themes.some((theme) => theme.id === themeId))
      .map((section) => ({
        publicationId: publication.id,
        publicationTitle: publication.data.title,
        sectionId: section.id,
      })),
  );
}

/** The items (posts or publications) whose frontmatter tags `themeId`. */
export function taggedWith<T extends { data: { themes: readonly { id: string }[] } }>(
  themeId: string,
  items: readonly T[],
): T[] {
  return items.filter((item) => item.data.themes.some((theme) => theme.id === themeId));
}

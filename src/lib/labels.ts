/** Words for the enums of the content schema, as readers see them. */
import type { CollectionEntry } from 'astro:content';

type PublicationKind = CollectionEntry<'publications'>['data']['kind'];
type ThemeKind = CollectionEntry<'themes'>['data']['kind'];

const PUBLICATION_KIND: Record<PublicationKind, string> = {
  'discussion-paper': 'Discussion paper',
  'annual-report': 'Report',
};

const THEME_KIND: Record<ThemeKind, string> = {
  disconnect: 'Year-one disconnect',
  question: 'Year-two question',
};

export function publicationKindLabel(kind: PublicationKind): string {
  return PUBLICATION_KIND[kind];
}

export function themeKindLabel(kind: ThemeKind): string {
  return THEME_KIND[kind];
}

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

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small counts in words, as GOV.UK style writes them: "five", but "12". */
export function countInWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/**
 * The themes split by kind, each group with the heading the themes overview gives it.
 * @example themeGroups(themes)[0].heading // "The five disconnects (year one)"
 */
export function themeGroups<T extends { data: { kind: ThemeKind } }>(themes: readonly T[]) {
  const disconnects = themes.filter((theme) => theme.data.kind === 'disconnect');
  const questions = themes.filter((theme) => theme.data.kind === 'question');
  return [
    {
      id: 'disconnects',
      heading: `The ${countInWords(disconnects.length)} disconnect${disconnects.length === 1 ? '' : 's'} (year one)`,
      themes: disconnects,
    },
    {
      id: 'questions',
      heading: `The ${countInWords(questions.length)} question${questions.length === 1 ? '' : 's'} (year two)`,
      themes: questions,
    },
  ].filter((group) => group.themes.length > 0);
}

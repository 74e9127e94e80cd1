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

/** Said wherever the themes' short labels are listed: the labels are ours, not the reports'. */
export const OWN_LABELS_NOTE =
  "The short names of the themes, such as “Policy churn”, are this site's own labels, not the Institute for Government's wording.";

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Small counts in words in headings: "five", but "12". This is the site's own choice for headings
 * that read as a phrase ("The five disconnects"); GOV.UK style writes numerals ("5") in body text.
 */
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

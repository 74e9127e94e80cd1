/**
 * Words for the enums of the content schema, as readers see them: the one place an enum value of
 * `schemas.ts` becomes reader text. Each table is keyed by the schema's own enum type, so a value
 * added to the schema fails the type check here until it has its words.
 */
import type { CollectionEntry } from 'astro:content';

type PublicationKind = CollectionEntry<'publications'>['data']['kind'];
export type ThemeKind = CollectionEntry<'themes'>['data']['kind'];
export type Part = NonNullable<CollectionEntry<'people'>['data']['part']>;
type OrganisationKind = CollectionEntry<'organisations'>['data']['kind'];
type Original = NonNullable<CollectionEntry<'posts'>['data']['original']>;
export type OriginalKind = Original['kind'];
export type OriginalHolds = Original['holds'];

const PUBLICATION_KIND: Record<PublicationKind, string> = {
  'discussion-paper': 'Discussion paper',
  'annual-report': 'Report',
};

/** A theme kind: one theme, a heading over several, the short word a tag reads out, the chart code's letter. */
const THEME_KIND: Record<ThemeKind, { one: string; many: string; short: string; code: string }> = {
  disconnect: { one: 'Year-one disconnect', many: 'Year-one disconnects', short: 'Disconnect', code: 'D' },
  question: { one: 'Year-two question', many: 'Year-two questions', short: 'Question', code: 'Q' },
};

/** A person's part in the programme, in the order the people index lists the groups. */
export const PART_LABELS: Record<Part, string> = {
  'partner-staff': 'Staff of the two partners',
  'year-one-cohort': 'Year-one cohort',
  'year-two-cohort': 'Year-two cohort',
  rapporteur: 'Rapporteurs',
  speaker: 'Speakers at programme events',
  editorial: 'This site',
};

/** The group of people the schema gives no `part`. */
export const NO_PART_LABEL = 'Others named by the sources';

/** The kinds of organisation, in the order the about page lists them. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  partner: 'The partners',
  department: 'Government departments',
  voluntary: 'Voluntary and community organisations',
  'funder-programme': "The Fund's programmes",
  other: 'Others',
};

const ORIGINAL_KIND_NOUN: Record<OriginalKind, string> = {
  'blog-post': 'blog post',
  news: 'news item',
  'web-page': 'web page',
};

/** What our copy of an original holds, as the "About this summary" box says it. */
const HOLDS: Record<OriginalHolds, string> = {
  'full-text': 'The whole text.',
  teaser: 'Only its opening part, so this summary may leave out what comes later.',
  'listing-only':
    'Only the short teaser on a listing page. We have not read the post itself, so this summary says only what the teaser says.',
};

export function publicationKindLabel(kind: PublicationKind): string {
  return PUBLICATION_KIND[kind];
}

/** @example themeKindLabel('disconnect') // "Year-one disconnect" */
export function themeKindLabel(kind: ThemeKind): string {
  return THEME_KIND[kind].one;
}

/** @example themeKindGroupLabel('question') // "Year-two questions" */
export function themeKindGroupLabel(kind: ThemeKind): string {
  return THEME_KIND[kind].many;
}

/** The word a theme tag reads out before the theme's name. @example themeKindShortLabel('question') // "Question" */
export function themeKindShortLabel(kind: ThemeKind): string {
  return THEME_KIND[kind].short;
}

/** A theme's short column label in the charts. @example themeCode('disconnect', 1) // "D1" */
export function themeCode(kind: ThemeKind, order: number): string {
  return `${THEME_KIND[kind].code}${order}`;
}

/** "blog post", "news item", "web page". */
export function originalKindNoun(kind: OriginalKind): string {
  return ORIGINAL_KIND_NOUN[kind];
}

export function holdsLabel(holds: OriginalHolds): string {
  return HOLDS[holds];
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

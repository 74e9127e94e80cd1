/**
 * What the pinned fixture site (tests/fixtures/e2e-site, built into dist-e2e/ by
 * `npm run build:e2e-fixture`) holds, written out by hand. The browser specs of the `fixture`
 * project assert these facts, so an edit to the real content/ never changes what they check, and an
 * edit to the fixture must change this file too.
 *
 * The fixture is a frozen, trimmed copy of content/ (six posts, three publications), with the
 * hardest data: the corporate author "The site's editors", "Lucy de Groot", titles with a colon,
 * posts whose original is held in full and others that keep only its teaser. Its posts carry one
 * site date each (20 to 25 November 2026), so "newest first" has one answer.
 */

/** The folder the fixture site is built into. */
export const FIXTURE_DIST = 'dist-e2e';

export interface FixturePost {
  path: string;
  title: string;
  /** The day the site published it, as its structured data and citations give it. */
  date: string;
}

/** Every post, newest first. */
export const POSTS: readonly FixturePost[] = [
  { path: '/blog/mind-the-gap/', title: 'Mind the gap: the end of year two', date: '2026-11-25' },
  { path: '/blog/a-doctor-at-dwp/', title: 'A doctor at the Department for Work and Pensions', date: '2026-11-24' },
  { path: '/blog/helen-ryman-on-needs-and-assets/', title: 'Helen Ryman on needs and assets', date: '2026-11-23' },
  { path: '/blog/year-two-begins/', title: 'Year two begins', date: '2026-11-22' },
  {
    path: '/blog/charity-times-announces-the-partnership/',
    title: 'Charity Times announces the partnership',
    date: '2026-11-21',
  },
  { path: '/blog/launch-event/', title: 'The launch event, January 2013', date: '2026-11-20' },
];

interface FixtureSection {
  id: string;
  heading: string;
}

export interface FixturePublication {
  path: string;
  title: string;
  /** Every `##` and `###` heading, in order: the contents list, and each a search sub-result. */
  contents: readonly FixtureSection[];
  /** The ids of the sections that carry themes, each citable on its own ("Cite this section"). */
  themedSections: readonly string[];
}

/** Every publication, in the order of the publications list. */
export const PUBLICATIONS: readonly FixturePublication[] = [
  {
    path: '/publications/launch-discussion-paper/',
    title: 'Connecting Policy with Practice',
    contents: [
      { id: 'what-the-paper-was', heading: 'What the paper was' },
      { id: 'why-the-programme-was-set-up', heading: 'Why the programme was set up' },
      { id: 'three-themes-to-explore', heading: 'Three themes to explore' },
      { id: 'what-came-next', heading: 'What came next' },
    ],
    themedSections: [],
  },
  {
    path: '/publications/year-one-report/',
    title: 'Connecting Policy with Practice',
    contents: [
      { id: 'how-the-first-year-worked', heading: 'How the first year worked' },
      { id: 'whole-person-versus-silos', heading: 'Whole person versus silos' },
      { id: 'policy-churn', heading: 'Policy churn' },
      { id: 'prevention-versus-crisis', heading: 'Prevention versus crisis' },
      { id: 'lost-in-translation', heading: 'Lost in translation' },
      { id: 'users-as-problems-not-assets', heading: 'Users as problems not assets' },
      { id: 'the-hoped-for-legacy', heading: 'The hoped-for legacy' },
      { id: 'what-came-next', heading: 'What came next' },
    ],
    themedSections: [
      'whole-person-versus-silos',
      'policy-churn',
      'prevention-versus-crisis',
      'lost-in-translation',
      'users-as-problems-not-assets',
    ],
  },
  {
    path: '/publications/year-two-report/',
    title: 'Connecting Policy with Practice: Insights from the Connecting Policy with Practice Programme in 2014-15',
    contents: [
      { id: 'why-the-focus-narrowed', heading: 'Why the focus narrowed' },
      { id: 'the-second-cohort', heading: 'The second cohort' },
      { id: 'whole-person-solutions', heading: 'Whole-person solutions' },
      { id: 'commissioning-for-whole-person-needs', heading: 'Commissioning for whole-person needs' },
      { id: 'service-users-as-assets', heading: 'Service users as assets' },
      { id: 'paying-attention-to-language', heading: 'Paying attention to language' },
      { id: 'eight-pointers-two-known', heading: 'Eight pointers, two known' },
      { id: 'broader-reflections', heading: 'Broader reflections' },
      { id: 'the-end-of-the-second-year', heading: 'The end of the second year' },
    ],
    themedSections: [
      'why-the-focus-narrowed',
      'whole-person-solutions',
      'commissioning-for-whole-person-needs',
      'service-users-as-assets',
      'paying-attention-to-language',
    ],
  },
];

/** The one author of every account on the site: a corporate name that must stay whole in citations. */
export const SITE_AUTHOR = "The site's editors";

export interface FixtureTheme {
  id: string;
  label: string;
  /** As the coverage table names it. */
  kind: string;
  /** Publication sections listing the theme, and posts tagged with it. */
  sections: number;
  posts: number;
}

/** Every theme, in the order of themes.yaml, with the coverage counted by hand from the fixture files. */
export const THEMES: readonly FixtureTheme[] = [
  { id: 'whole-person', label: 'Whole person versus silos', kind: 'Year-one disconnect (D1)', sections: 2, posts: 3 },
  { id: 'policy-churn', label: 'Policy churn', kind: 'Year-one disconnect (D2)', sections: 1, posts: 1 },
  { id: 'prevention', label: 'Prevention versus crisis', kind: 'Year-one disconnect (D3)', sections: 1, posts: 1 },
  { id: 'lost-in-translation', label: 'Lost in translation', kind: 'Year-one disconnect (D4)', sections: 1, posts: 1 },
  {
    id: 'users-as-assets',
    label: 'Users as problems, not assets',
    kind: 'Year-one disconnect (D5)',
    sections: 2,
    posts: 2,
  },
  {
    id: 'whole-person-solutions',
    label: 'Whole-person solutions',
    kind: 'Year-two question (Q1)',
    sections: 2,
    posts: 4,
  },
  {
    id: 'service-user-assets',
    label: 'Service users as assets',
    kind: 'Year-two question (Q2)',
    sections: 2,
    posts: 4,
  },
];

/** The built page of each type the specs visit. */
export const PAGE_OF_EACH_TYPE = {
  home: '/',
  publications: '/publications/',
  publication: '/publications/year-two-report/',
  blog: '/blog/',
  post: '/blog/mind-the-gap/',
  themes: '/themes/',
  theme: '/themes/whole-person/',
  people: '/people/',
  person: '/people/lucy-de-groot/',
  about: '/about/',
  accessibility: '/accessibility/',
  search: '/search/',
  notFound: '/404.html',
} as const;

/** Search words, found once in the built fixture and pinned. */
export const SEARCH = {
  /** A word only the year-one report's "Lost in translation" section uses, anywhere on the site. */
  sectionWord: { word: 'outcomes', page: '/publications/year-one-report/', sectionId: 'lost-in-translation' },
  /** A word the home page and the "Lost in translation" theme statement share. */
  themeWord: { themeId: 'lost-in-translation', word: 'policy' },
  /** The pages the index files under the theme "Lost in translation". */
  pagesWithTheme: ['/blog/year-two-begins/', '/publications/year-one-report/', '/themes/lost-in-translation/'],
} as const;

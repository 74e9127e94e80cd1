import { LIST_HREFS } from './routes';

/** Facts about the site itself, used by the layout, feeds and metadata. */
export const SITE = {
  name: 'Connecting Policy with Practice',
  shortName: 'CPP findings',
  description:
    'The findings of Connecting Policy with Practice (2013–2015), the programme in which the Institute for Government and the Big Lottery Fund paired Whitehall civil servants with voluntary-sector practitioners.',
  language: 'en-GB',
  publisher: 'Connecting Policy with Practice findings site',
  /** Who writes every account on the site, as citations name them (an organisation, never split). */
  editors: "The site's editors",
  partners: [
    { name: 'Institute for Government', url: 'https://www.instituteforgovernment.org.uk/' },
    { name: 'Big Lottery Fund', url: 'https://www.tnlcommunityfund.org.uk/' },
  ],
  postsPerPage: 10,
} as const;

/** The main navigation, in order. `match` is the path prefix that marks an item as current. */
export const NAVIGATION = [
  { href: LIST_HREFS.publications, label: 'Publications', match: LIST_HREFS.publications },
  { href: LIST_HREFS.themes, label: 'Themes', match: LIST_HREFS.themes },
  { href: LIST_HREFS.blog, label: 'Blog', match: LIST_HREFS.blog },
  { href: LIST_HREFS.people, label: 'People', match: LIST_HREFS.people },
  { href: LIST_HREFS.about, label: 'About', match: LIST_HREFS.about },
] as const;

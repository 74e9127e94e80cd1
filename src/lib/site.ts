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
  { href: '/publications/', label: 'Publications', match: '/publications/' },
  { href: '/themes/', label: 'Themes', match: '/themes/' },
  { href: '/blog/', label: 'Blog', match: '/blog/' },
  { href: '/people/', label: 'People', match: '/people/' },
  { href: '/about/', label: 'About', match: '/about/' },
] as const;

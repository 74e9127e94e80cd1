/**
 * The share cards of the pages that are not one publication or post: the home page, the list pages
 * and search. They use the same card as publications and posts (src/lib/share-cards/share-card.ts); the layout
 * finds a page's card from its address, so the pages themselves need not pass one.
 */
import { SITE } from '../site';
import type { ShareCard } from './share-card';
import { pageCardHref } from '../routes';

/** The pages with a card of their own, and the first address segment that names each. */
export const PAGE_CARD_IDS = ['home', 'publications', 'blog', 'themes', 'people', 'search'] as const;
export type PageCardId = (typeof PAGE_CARD_IDS)[number];

const PROGRAMME_YEARS = '2013–2015';

const CARDS: Record<PageCardId, Pick<ShareCard, 'typeLabel' | 'title' | 'subtitle'>> = {
  home: {
    typeLabel: 'Findings',
    title: SITE.name,
    subtitle: 'Whitehall civil servants and voluntary-sector practitioners, paired for a year',
  },
  publications: { typeLabel: 'Publications', title: 'The discussion paper and the two reports' },
  blog: { typeLabel: 'Blog', title: 'Posts about the programme’s events, visits and findings' },
  themes: { typeLabel: 'Themes', title: 'Five disconnects between policy and practice, and two questions' },
  people: { typeLabel: 'People', title: 'The people the sources name, with their roles at the time' },
  search: { typeLabel: 'Search', title: 'Search the publications, themes and posts' },
};

/** Where a page's card is built. */
export function pageCardPath(id: PageCardId): string {
  return pageCardHref(id);
}

/** The card of a page. */
export function pageShareCard(id: PageCardId): ShareCard {
  return {
    ...CARDS[id],
    dateLabel: PROGRAMME_YEARS,
    themeLabels: [],
    siteName: SITE.name,
  };
}

/**
 * The card for a site address, if the page has one: `/` is home, `/blog/` and its later pages
 * (`/blog/2/`) are the blog. One publication or post (`/blog/a-post/`) has its own card, not this.
 *
 * @example pageCardFor('/people/2/') // 'people'
 */
export function pageCardFor(pathname: string): PageCardId | undefined {
  if (pathname === '/') return 'home';
  const match = /^\/([a-z]+)\/(?:\d+\/)?$/.exec(pathname);
  const id = match?.[1];
  return PAGE_CARD_IDS.find((candidate) => candidate === id && candidate !== 'home');
}

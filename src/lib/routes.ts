/**
 * Every address on the site is made here, so a route changes in one place and no page builds an
 * address by hand. Addresses end in a slash (the build's `trailingSlash: 'always'`), files do not.
 */

/** The list pages, as the navigation and breadcrumbs link to them. */
export const LIST_HREFS = {
  home: '/',
  publications: '/publications/',
  blog: '/blog/',
  themes: '/themes/',
  people: '/people/',
  search: '/search/',
  about: '/about/',
  accessibility: '/accessibility/',
} as const;

/** The feeds and the sitemap, as the page head and footer link to them. */
export const FEED_HREFS = {
  blog: '/rss.xml',
  publications: '/publications.xml',
  everything: '/feed.json',
  sitemap: '/sitemap-index.xml',
} as const;

/** @example postHref('a-title-with-a-colon') // "/blog/a-title-with-a-colon/" */
export function postHref(id: string): string {
  return `/blog/${id}/`;
}

/**
 * A page of the paged list of all posts; the first page is the list itself.
 * @example postsPageHref(1) // "/blog/"
 * @example postsPageHref(3) // "/blog/3/"
 */
export function postsPageHref(page: number): string {
  return page === 1 ? LIST_HREFS.blog : `/blog/${page}/`;
}

/**
 * A publication, or one of its sections when `sectionId` is given.
 * @example publicationHref('year-two-report', 'question-one') // "/publications/year-two-report/#question-one"
 */
export function publicationHref(id: string, sectionId?: string): string {
  return sectionId === undefined ? `/publications/${id}/` : `/publications/${id}/#${sectionId}`;
}

/** The printed PDF of a publication, named after it. */
export function publicationPdfHref(id: string): string {
  return `/publications/${id}/${id}.pdf`;
}

export function themeHref(id: string): string {
  return `/themes/${id}/`;
}

/** The paged list of a theme's posts; `base` for its pages. */
export function themePostsHref(id: string): string {
  return `/themes/${id}/posts/`;
}

export function themeFeedHref(id: string): string {
  return `/themes/${id}/rss.xml`;
}

export function personHref(id: string): string {
  return `/people/${id}/`;
}

/** The paged list of a person's posts; `base` for its pages. */
export function personPostsHref(id: string): string {
  return `/people/${id}/posts/`;
}

/**
 * Where the citation files of a page live; the files are `<base>.bib`, `<base>.ris` and so on.
 * @example citationFilesBase('post', 'lucy-de-groot-on-commissioning') // "/blog/lucy-de-groot-on-commissioning/cite"
 */
export function citationFilesBase(kind: 'post' | 'publication', id: string): string {
  return `${kind === 'post' ? postHref(id) : publicationHref(id)}cite`;
}

/** The share card of a page that is not one publication or post. */
export function pageCardHref(id: string): string {
  return `/cards/${id}.png`;
}

/** A chart's data as a file: `/data/<chart>.csv`, `/data/<chart>.json`. */
export function chartDataHref(id: string, format: string): string {
  return `/data/${id}.${format}`;
}

/**
 * Which page numbers a list of pages links to: the first, the last, and the pages around the
 * current one, with a gap between. A blog of 500 pages then links to about nine, not 500, so no
 * page of the list grows with the corpus.
 */

/** A page number to link to, or a gap where pages are left out. */
export type PageLink = number | 'gap';

/**
 * @example pageLinks(1, 3) // [1, 2, 3]
 * @example pageLinks(10, 50) // [1, 'gap', 8, 9, 10, 11, 12, 'gap', 50]
 */
export function pageLinks(current: number, last: number, around = 2): PageLink[] {
  const shown = new Set<number>([1, last]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= last) shown.add(page);
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page - previous === 2) links.push(page - 1);
    else if (page - previous > 2) links.push('gap');
    links.push(page);
    previous = page;
  }
  return links;
}

/**
 * The table a page shows under a chart. The downloads (CSV, JSON) keep a row per item; a page must
 * not grow with every post, so past {@link MAX_POST_ROWS} posts its table counts the posts per
 * year instead, with a link to the page of the blog where that year's posts begin.
 */
import { SITE } from '../site';
import type { ChartInputs, ChartTable } from './chart-tables';
import { postsPageHref } from '../routes';

/** As many post rows as the matrix draws before it folds its posts into years. */
export const MAX_POST_ROWS = 40;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Years of the posts, newest first, with how many posts each holds. */
function postYears(years: readonly number[]): { year: number; count: number; newer: number }[] {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  let newer = 0;
  return [...counts.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, count]) => {
      const entry = { year, count, newer };
      newer += count;
      return entry;
    });
}

/**
 * The blog page (newest first, `SITE.postsPerPage` a page) where the posts of a year begin: the
 * posts of later years come before them.
 * @example blogPageHref(25, 10) // '/blog/3/'
 */
export function blogPageHref(newerPosts: number, perPage: number = SITE.postsPerPage): string {
  const page = Math.floor(newerPosts / perPage) + 1;
  return postsPageHref(page);
}

const DATE_YEAR = /\b(\d{4})\b/;

/** The chart's table as a page shows it: every row while posts are few, posts by year past that. */
export function pageTable(table: ChartTable, inputs: ChartInputs): ChartTable {
  if (table.id === 'themes-by-item') {
    const posts = inputs.items.filter((item) => item.kind === 'post');
    if (posts.length <= MAX_POST_ROWS) return table;
    const sections = table.rows.filter((row) => row['type'] === 'Publication section');
    const years = postYears(posts.map((post) => post.date?.getUTCFullYear() ?? 0));
    return {
      ...table,
      rows: [
        ...sections,
        ...years.map(({ year, count, newer }) => ({
          item: { text: `${plural(count, 'post', 'posts')} in ${year}`, href: blogPageHref(newer) },
          type: 'Posts, counted by year',
          context: String(year),
          ...Object.fromEntries(
            inputs.themes.map((theme) => [
              theme.id,
              posts.filter((post) => post.date?.getUTCFullYear() === year && post.themeIds.includes(theme.id)).length,
            ]),
          ),
        })),
      ],
    };
  }
  if (table.id === 'programme-timeline') {
    const posts = inputs.timeline.filter((entry) => entry.kind === 'post');
    if (posts.length <= MAX_POST_ROWS) return table;
    const yearOf = (iso: string) => Number(DATE_YEAR.exec(iso)?.[1] ?? 0);
    const years = postYears(posts.map((post) => yearOf(post.date.iso)));
    const others = table.rows.filter((row) => row['type'] !== 'Post');
    return {
      ...table,
      rows: [
        ...others,
        ...years
          .map(({ year, count, newer }) => ({
            date: String(year),
            type: 'Posts, counted by year',
            what: { text: plural(count, 'post', 'posts'), href: blogPageHref(newer) },
          }))
          .reverse(),
      ],
    };
  }
  return table;
}

/**
 * Queries over the collections that every page shares. Pages call these; components never do.
 * Drafts are visible in `astro dev` and left out of production builds (and so of feeds and search).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst, type PartialDate } from '../dates/partial-date';
import { dayOf } from '../dates/post-dates';

export type Post = CollectionEntry<'posts'>;
export type Publication = CollectionEntry<'publications'>;
export type Theme = CollectionEntry<'themes'>;
export type Person = CollectionEntry<'people'>;

/**
 * Whether drafts are shown: only under `astro dev`. DEV alone is not enough: a build run with
 * NODE_ENV=test (as from Vitest) has DEV true but MODE "production", and must still leave drafts out.
 */
const SHOW_DRAFTS = import.meta.env.DEV && import.meta.env.MODE === 'development';

/** The original's date; an undated original sorts last among posts added the same day. */
function originalDate(post: Post): PartialDate {
  return post.data.original?.date ?? dayOf(new Date(0));
}

/**
 * Posts a reader may see, newest first by the day this site published them; summaries added on
 * the same day follow their originals' dates, newest first, so the list still reads as a story.
 */
export async function publishedPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', ({ data }) => SHOW_DRAFTS || !data.draft);
  return posts.sort(
    (a, b) =>
      b.data.date.getTime() - a.data.date.getTime() ||
      compareNewestFirst(originalDate(a), originalDate(b)) ||
      a.id.localeCompare(b.id),
  );
}

/** The publications in their reading order. */
export async function orderedPublications(): Promise<Publication[]> {
  const publications = await getCollection('publications');
  return publications.sort((a, b) => a.data.order - b.data.order);
}

/** The five disconnects, then the two questions, each in its own order. */
export async function orderedThemes(): Promise<Theme[]> {
  const themes = await getCollection('themes');
  const kindOrder = { disconnect: 0, question: 1 } as const;
  return themes.sort((a, b) => kindOrder[a.data.kind] - kindOrder[b.data.kind] || a.data.order - b.data.order);
}

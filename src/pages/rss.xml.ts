import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { postFeedEntries } from '../lib/feeds/feed-entries';
import { newestFirst, rssItem } from '../lib/feeds/feeds';
import { SITE } from '../lib/site';

/** The blog's feed: every published post, newest first (drafts never appear). */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? 'https://example.invalid';
  const posts = await postFeedEntries(base);
  return rss({
    title: `${SITE.name}: blog`,
    description: 'Posts about the events, visits and findings of Connecting Policy with Practice.',
    site: base,
    trailingSlash: true,
    customData: `<language>${SITE.language.toLowerCase()}</language>`,
    items: newestFirst(posts.map((post) => post.item)).map(rssItem),
  });
};

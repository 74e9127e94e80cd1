import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publicationFeedEntries } from '../lib/feeds/feed-entries';
import { newestFirst, rssItem } from '../lib/feeds/feeds';
import { SITE } from '../lib/site';

/** The publications' feed, newest first: for readers who follow the reports, not the blog. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? 'https://example.invalid';
  const publications = await publicationFeedEntries(base);
  return rss({
    title: `${SITE.name}: publications`,
    description: 'The reports and discussion papers of Connecting Policy with Practice.',
    site: base,
    trailingSlash: true,
    customData: `<language>${SITE.language.toLowerCase()}</language>`,
    items: newestFirst(publications.map((publication) => publication.item)).map(rssItem),
  });
};

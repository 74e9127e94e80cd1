import type { APIRoute } from 'astro';
import { postFeedEntries, publicationFeedEntries } from '../lib/feeds/feed-entries';
import { jsonFeed, newestFirst } from '../lib/feeds/feeds';
import { FEED_HREFS, LIST_HREFS } from '../lib/routes';
import { SITE } from '../lib/site';

/** JSON Feed 1.1 of everything the site publishes: publications and posts in one stream, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? 'https://example.invalid';
  const [posts, publications] = await Promise.all([postFeedEntries(base), publicationFeedEntries(base)]);
  const feed = jsonFeed(
    {
      title: SITE.name,
      description: 'The publications and blog posts of Connecting Policy with Practice.',
      homePageUrl: new URL(LIST_HREFS.home, base).href,
      feedUrl: new URL(FEED_HREFS.everything, base).href,
      language: SITE.language,
    },
    newestFirst([...publications, ...posts].map((entry) => entry.item)),
  );
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
};

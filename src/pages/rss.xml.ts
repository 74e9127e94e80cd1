import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publishedPosts } from '../lib/content';
import { SITE } from '../lib/site';

/** The blog's feed: every published post, newest first (drafts never appear). */
export const GET: APIRoute = async ({ site }) => {
  const posts = await publishedPosts();
  return rss({
    title: `${SITE.name}: blog`,
    description: 'Posts about the events, visits and findings of Connecting Policy with Practice.',
    site: site ?? 'https://example.invalid',
    trailingSlash: true,
    customData: `<language>${SITE.language.toLowerCase()}</language>`,
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.summary,
      pubDate: post.data.date,
      link: `/blog/${post.id}/`,
      categories: post.data.themes.map((theme) => theme.id),
    })),
  });
};

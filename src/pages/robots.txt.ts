import type { APIRoute } from 'astro';
import { FEED_HREFS } from '../lib/routes';

/** Every page may be indexed; the sitemap lists them. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(FEED_HREFS.sitemap, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

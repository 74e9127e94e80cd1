import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { orderedThemes, type Theme } from '../../../lib/content/queries';
import { postFeedEntries, publicationFeedEntries } from '../../../lib/feeds/feed-entries';
import { rssItem, themeFeedItems } from '../../../lib/feeds/feeds';
import { SITE } from '../../../lib/site';
import { themeHref } from '../../../lib/routes';

/** `/themes/<id>/rss.xml`: one theme's posts and publication sections, to follow one disconnect. */
export const getStaticPaths = (async () => {
  const themes = await orderedThemes();
  return themes.map((theme) => ({ params: { id: theme.id }, props: { theme } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ theme: Theme }> = async ({ props, site }) => {
  const base = site ?? 'https://example.invalid';
  const { theme } = props;
  const [posts, publications] = await Promise.all([postFeedEntries(base), publicationFeedEntries(base)]);
  return rss({
    title: `${SITE.name}: ${theme.data.label}`,
    description: theme.data.statement,
    site: new URL(themeHref(theme.id), base).href,
    trailingSlash: true,
    customData: `<language>${SITE.language.toLowerCase()}</language>`,
    items: themeFeedItems(theme.id, theme.data.label, posts, publications).map(rssItem),
  });
};

/**
 * Everything a theme's page shows, from one call: the page's route passes the theme and renders
 * the result.
 */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { chartData } from '../charts/chart-data';
import type { ChartInputs } from '../charts/chart-tables';
import { SITE } from '../site';
import { allPublicationSections, type PublicationSection } from './publication-sections';
import { orderedThemes, publishedPosts, type Post, type Theme } from './queries';
import { themeRelations, type ThemeRelations } from './theme-relations';

export interface ThemePage extends ThemeRelations<Theme, CollectionEntry<'findings'>, PublicationSection, Post> {
  /** The latest posts only, with their themes for the cards: the rest are on the theme's list of posts. */
  latest: { post: Post; themes: Theme[] }[];
  chart: ChartInputs;
}

export async function themePage(theme: Theme): Promise<ThemePage> {
  const [themes, findings, sections, posts, chart] = await Promise.all([
    orderedThemes(),
    getCollection('findings'),
    allPublicationSections(),
    publishedPosts(),
    chartData(),
  ]);
  const relations = themeRelations(theme, { themes, findings, sections, posts });
  // The latest posts only, so this page does not grow with the corpus.
  const latest = await Promise.all(
    relations.tagged.slice(0, SITE.postsPerPage).map(async (post) => ({
      post,
      themes: await getEntries(post.data.themes),
    })),
  );
  return { ...relations, latest, chart };
}

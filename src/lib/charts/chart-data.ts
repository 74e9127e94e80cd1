/**
 * The one place charts read the collections. Pages and the data downloads call `chartData()` and
 * hand its parts to the chart components; components never call getCollection.
 */
import { getCollection } from 'astro:content';
import { type ChartInputs } from './chart-tables';
import { orderedPublications, publishedPosts } from '../content/queries';
import { allPublicationSections } from '../content/publication-sections';
import { programmeTimeline, themeCoverage, themeFlow, themeSummaries, themedItems } from './theme-data';

async function loadChartData(): Promise<ChartInputs> {
  const [themes, publications, sections, posts, events, findings] = await Promise.all([
    getCollection('themes'),
    orderedPublications(),
    allPublicationSections(),
    publishedPosts(),
    getCollection('events'),
    getCollection('findings'),
  ]);
  return {
    themes: themeSummaries(themes),
    coverage: themeCoverage(themes, sections, posts),
    items: themedItems(sections, posts),
    flow: themeFlow(themes, findings),
    timeline: programmeTimeline(events, publications, posts),
  };
}

let built: Promise<ChartInputs> | undefined;

/**
 * The data of every chart. A production build derives it once for all pages; `astro dev` derives
 * it afresh on each request so edited content shows at once.
 */
export function chartData(): Promise<ChartInputs> {
  if (import.meta.env.DEV) return loadChartData();
  built ??= loadChartData();
  return built;
}

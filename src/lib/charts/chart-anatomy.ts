/**
 * The words around each chart, as research publishers set them: a title that states what the
 * chart shows (worked out from the data, so it stays true when the content changes), a subtitle
 * saying what is drawn, notes on how it is counted, and a source line naming the content counted.
 */
import { countInWords } from '../content/labels';
import type { ThemeCount, ThemeFlow, ThemeSummary, ThemedItem, TimelineEntry } from './theme-data';

export interface ChartAnatomy {
  /** The finding, in a sentence without a full stop: the chart's heading and accessible name. */
  title: string;
  /** What is drawn, and how: under the title. */
  subtitle: string;
  /** How things were counted, and what the picture leaves out. */
  notes: string[];
  /** The content counted, named for a reader. */
  source: string;
}

export const COUNTING_RULE =
  'A publication section counts for a theme when the publication lists the theme for that section; a post counts for the themes it is tagged with.';

/** A count for running text: words up to ten, figures beyond. */
const countWord = countInWords;

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the content is: "3 publications (24 themed sections) and 40 posts on this site". */
function contentCounted(items: readonly ThemedItem[]): string {
  const sections = items.filter((item) => item.kind === 'section');
  const publications = new Set(sections.map((item) => item.context)).size;
  const posts = items.length - sections.length;
  return `the theme tags of ${plural(sections.length, 'section')} in ${plural(publications, 'publication')} and of ${plural(posts, 'post')} on this site`;
}

/** The themes that reach the highest value, and that value. */
function leaders<T>(entries: readonly T[], value: (entry: T) => number): { top: T[]; value: number } {
  const best = Math.max(0, ...entries.map(value));
  return { top: entries.filter((entry) => value(entry) === best), value: best };
}

export function coverageAnatomy(coverage: readonly ThemeCount[], items: readonly ThemedItem[]): ChartAnatomy {
  const { top, value } = leaders(coverage, (theme) => theme.total);
  const names = listWords(top.map((theme) => theme.label));
  const title =
    coverage.length === 0 || value === 0
      ? 'No content carries a theme yet'
      : `${names} ${top.length === 1 ? 'is' : 'are'} the theme${top.length === 1 ? '' : 's'} the content addresses most, in ${plural(value, 'section or post', 'sections and posts')}`;
  return {
    title,
    subtitle: `Publication sections and posts carrying each of the ${countWord(coverage.length)} themes, year-one disconnects first`,
    notes: [COUNTING_RULE, 'An item with several themes counts once for each.'],
    source: `Source: ${contentCounted(items)}.`,
  };
}

export function matrixAnatomy(
  themes: readonly ThemeSummary[],
  items: readonly ThemedItem[],
  { folded }: { folded: boolean },
): ChartAnatomy {
  const carried = themes.map((theme) => ({
    theme,
    count: items.filter((item) => item.themeIds.includes(theme.id)).length,
  }));
  const { top, value } = leaders(carried, (entry) => entry.count);
  const untagged = items.filter((item) => item.themeIds.length === 0).length;
  const title =
    items.length === 0 || value === 0
      ? 'No publication section or post carries a theme yet'
      : `${listWords(top.map((entry) => entry.theme.label))} ${top.length === 1 ? 'runs' : 'run'} through ${value} of the ${items.length} sections and posts`;
  const notes = [COUNTING_RULE];
  if (untagged > 0) {
    const one = untagged === 1;
    notes.push(
      `${plural(untagged, 'item')} ${one ? 'carries' : 'carry'} no theme and ${one ? 'shows' : 'show'} an empty row.`,
    );
  }
  if (folded) notes.push('Posts are folded into one row per year, giving counts; the table lists every post.');
  return {
    title,
    subtitle: `Each row is a publication section or a post; a mark shows each theme it carries`,
    notes,
    source: `Source: ${contentCounted(items)}.`,
  };
}

export function flowAnatomy(flow: ThemeFlow): ChartAnatomy {
  const linked = flow.disconnects.filter((theme) => flow.links.some((link) => link.from === theme.id));
  const recorded = flow.questions.reduce((sum, question) => sum + question.pointersRecorded, 0);
  return {
    title: `${capitalised(countWord(flow.disconnects.length))} year-one disconnects narrowed to ${countWord(flow.questions.length)} year-two question${flow.questions.length === 1 ? '' : 's'}`,
    subtitle: `Which disconnect each question grew from, and the pointers the year-two work gave for each question`,
    notes: [
      `${capitalised(countWord(linked.length))} of the ${countWord(flow.disconnects.length)} disconnects ${linked.length === 1 ? 'leads' : 'lead'} to a question by an arrow.`,
      `A filled dot is a pointer for improvement this site records (${recorded} in all); an open dot is one the year-two report counts but this site does not record.`,
    ],
    source:
      'Source: the Institute for Government’s year-one report (November 2013) and year-two report (March 2015), as this site’s themes and findings summarise them.',
  };
}

export function timelineAnatomy(timeline: readonly TimelineEntry[]): ChartAnatomy {
  const byYear = new Map<number, number>();
  for (const entry of timeline) {
    const year = entry.date.start.getUTCFullYear();
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  const { top, value } = leaders([...byYear.entries()], ([, count]) => count);
  const years = top.map(([year]) => String(year)).sort();
  const count = (kind: TimelineEntry['kind']) => timeline.filter((entry) => entry.kind === kind).length;
  return {
    title:
      timeline.length === 0
        ? 'Nothing is dated yet'
        : `${listWords(years)} ${years.length === 1 ? 'was the busiest year' : 'were the busiest years'}, with ${value} of the ${timeline.length} dated items`,
    subtitle: `Publications, events and posts of the programme by date, ${plural(count('publication'), 'publication')}, ${plural(count('event'), 'event')} and ${plural(count('post'), 'post')}`,
    notes: [
      'An item dated only by month sits at the middle of that month, one dated only by year at the middle of the year.',
      'Several posts in one month share one diamond; its size grows with their number.',
    ],
    source: 'Source: the dates of the publications, events and posts on this site.',
  };
}

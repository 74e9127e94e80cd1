/**
 * The data behind each chart as rows: the same rows make the HTML table beside the chart, the CSV
 * and the JSON downloads, so the three can never disagree. Each chart's description (its main
 * point in words, for the SVG's <desc>) is derived here too.
 */
import { formatPartialDate } from '../dates/partial-date';
import type { ThemeCount, ThemeFlow, ThemeSummary, ThemedItem, TimelineEntry } from './theme-data';
import {
  COUNTING_RULE,
  coverageAnatomy,
  flowAnatomy,
  listWords,
  matrixAnatomy,
  plural,
  timelineAnatomy,
  type ChartAnatomy,
} from './chart-anatomy';
import { MAX_POST_ROWS } from './matrix-layout';
import { chartDataHref } from '../routes';
import { themeKindLabel } from '../content/labels';

export const CHART_IDS = ['theme-coverage', 'themes-by-item', 'year-one-to-year-two', 'programme-timeline'] as const;
export type ChartId = (typeof CHART_IDS)[number];
export const DOWNLOAD_FORMATS = ['csv', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** A table cell: text, a number, or text that links to a page of the site. */
type Cell = string | number | { text: string; href: string };

export interface ChartTable extends ChartAnatomy {
  id: ChartId;
  /** The chart's main point in words: the SVG's <desc> and the figure's caption. */
  description: string;
  columns: { key: string; label: string; numeric: boolean }[];
  rows: Record<string, Cell>[];
}

/** Everything the charts are drawn from; see `chartData()` in src/lib/charts/chart-data.ts. */
export interface ChartInputs {
  themes: ThemeSummary[];
  coverage: ThemeCount[];
  items: ThemedItem[];
  flow: ThemeFlow;
  timeline: TimelineEntry[];
}

function coverageTable(coverage: readonly ThemeCount[], items: readonly ThemedItem[]): ChartTable {
  const top = Math.max(0, ...coverage.map((theme) => theme.total));
  const bottom = Math.min(...coverage.map((theme) => theme.total));
  const named = (total: number) =>
    listWords(coverage.filter((theme) => theme.total === total).map((theme) => theme.label));
  const counts = (total: number) => {
    const theme = coverage.find((candidate) => candidate.total === total);
    return theme ? `${plural(theme.sections, 'publication section')} and ${plural(theme.posts, 'post')}` : '';
  };
  const description =
    coverage.length === 0
      ? 'There are no themes yet.'
      : `Bar chart of how many publication sections and posts carry each of the ${coverage.length} themes. ` +
        `Carried most: ${named(top)} (${counts(top)}). ` +
        (bottom < top ? `Carried least: ${named(bottom)} (${counts(bottom)}). ` : '') +
        COUNTING_RULE;
  return {
    id: 'theme-coverage',
    ...coverageAnatomy(coverage, items),
    description,
    columns: [
      { key: 'theme', label: 'Theme', numeric: false },
      { key: 'kind', label: 'Kind', numeric: false },
      { key: 'sections', label: 'Publication sections', numeric: true },
      { key: 'posts', label: 'Posts', numeric: true },
      { key: 'total', label: 'Total', numeric: true },
    ],
    rows: coverage.map((theme) => ({
      theme: { text: theme.label, href: theme.href },
      kind: `${themeKindLabel(theme.kind)} (${theme.code})`,
      sections: theme.sections,
      posts: theme.posts,
      total: theme.total,
    })),
  };
}

function matrixTable(themes: readonly ThemeSummary[], items: readonly ThemedItem[]): ChartTable {
  const sections = items.filter((item) => item.kind === 'section').length;
  const posts = items.length - sections;
  const carried = themes.map((theme) => ({
    theme,
    count: items.filter((item) => item.themeIds.includes(theme.id)).length,
  }));
  const most = Math.max(0, ...carried.map((entry) => entry.count));
  const mostNamed = listWords(carried.filter((entry) => entry.count === most).map((entry) => entry.theme.label));
  return {
    id: 'themes-by-item',
    ...matrixAnatomy(themes, items, {
      folded: items.filter((item) => item.kind === 'post').length > MAX_POST_ROWS,
    }),
    description:
      `Matrix of ${plural(sections, 'publication section')} and ${plural(posts, 'post')} against the ${plural(themes.length, 'theme')}; a mark means the item carries the theme. ` +
      (items.length > 0 ? `Carried by the most items: ${mostNamed} (${most} of ${items.length}). ` : '') +
      COUNTING_RULE,
    columns: [
      { key: 'item', label: 'Item', numeric: false },
      { key: 'type', label: 'Type', numeric: false },
      { key: 'context', label: 'Publication or date', numeric: false },
      ...themes.map((theme) => ({ key: theme.id, label: `${theme.code}: ${theme.label}`, numeric: false })),
    ],
    rows: items.map((item) => ({
      item: { text: item.label, href: item.href },
      type: item.kind === 'section' ? 'Publication section' : 'Post',
      context: item.context,
      ...Object.fromEntries(themes.map((theme) => [theme.id, item.themeIds.includes(theme.id) ? 'Yes' : 'No'])),
    })),
  };
}

function flowTable(flow: ThemeFlow): ChartTable {
  const labelOf = new Map([...flow.disconnects, ...flow.questions].map((theme) => [theme.id, theme.label]));
  const sentences = flow.questions.map((question) => {
    const sources = flow.links.filter((link) => link.to === question.id).map((link) => labelOf.get(link.from) ?? '');
    const pointers =
      question.pointerCount === undefined
        ? `${question.pointersRecorded} pointers recorded here`
        : `${plural(question.pointerCount, 'pointer')}, ${question.pointersRecorded} recorded here`;
    return `${sources.length > 0 ? listWords(sources) : 'No disconnect'} led to ${question.label} (${pointers}).`;
  });
  const unlinked = flow.disconnects.filter((theme) => !flow.links.some((link) => link.from === theme.id));
  if (unlinked.length > 0) {
    sentences.push(`${listWords(unlinked.map((theme) => theme.label))} led to no year-two question.`);
  }
  return {
    id: 'year-one-to-year-two',
    ...flowAnatomy(flow),
    description:
      `Diagram of how the ${plural(flow.disconnects.length, 'year-one disconnect')} narrowed to the ${plural(flow.questions.length, 'year-two question')}. ` +
      sentences.join(' '),
    columns: [
      { key: 'disconnect', label: themeKindLabel('disconnect'), numeric: false },
      { key: 'question', label: themeKindLabel('question'), numeric: false },
      { key: 'pointers', label: 'Pointers the report gave', numeric: true },
      { key: 'recorded', label: 'Pointers recorded on this site', numeric: true },
    ],
    rows: [
      ...flow.disconnects.flatMap((disconnect): Record<string, Cell>[] => {
        const targets = flow.questions.filter((question) =>
          flow.links.some((link) => link.from === disconnect.id && link.to === question.id),
        );
        const disconnectCell = { text: disconnect.label, href: disconnect.href };
        if (targets.length === 0) return [{ disconnect: disconnectCell, question: 'None', pointers: '', recorded: '' }];
        return targets.map((question) => ({
          disconnect: disconnectCell,
          question: { text: question.label, href: question.href },
          pointers: question.pointerCount ?? 'Not known',
          recorded: question.pointersRecorded,
        }));
      }),
      ...flow.questions
        .filter((question) => !flow.links.some((link) => link.to === question.id))
        .map((question) => ({
          disconnect: 'None',
          question: { text: question.label, href: question.href },
          pointers: question.pointerCount ?? 'Not known',
          recorded: question.pointersRecorded,
        })),
    ],
  };
}

const TIMELINE_KIND: Record<TimelineEntry['kind'], string> = {
  publication: 'Publication',
  event: 'Event',
  post: 'Post',
};

function timelineTable(timeline: readonly TimelineEntry[]): ChartTable {
  const count = (kind: TimelineEntry['kind']) => timeline.filter((entry) => entry.kind === kind).length;
  const first = timeline[0];
  const last = timeline.at(-1);
  return {
    id: 'programme-timeline',
    ...timelineAnatomy(timeline),
    description:
      `Timeline of ${plural(count('publication'), 'publication')}, ${plural(count('event'), 'event')} and ${plural(count('post'), 'post')}, drawn from 2012 to 2015. ` +
      (first && last
        ? `It begins with ${first.label} (${formatPartialDate(first.date)}) and ends with ${last.label} (${formatPartialDate(last.date)}).`
        : 'Nothing is dated yet.'),
    columns: [
      { key: 'date', label: 'Date', numeric: false },
      { key: 'type', label: 'Type', numeric: false },
      { key: 'what', label: 'What', numeric: false },
    ],
    rows: timeline.map((entry) => ({
      date: formatPartialDate(entry.date),
      type: TIMELINE_KIND[entry.kind],
      what: { text: entry.label, href: entry.href },
    })),
  };
}

/** The rows, title and description of one chart. */
export function chartTable(id: ChartId, inputs: ChartInputs): ChartTable {
  switch (id) {
    case 'theme-coverage':
      return coverageTable(inputs.coverage, inputs.items);
    case 'themes-by-item':
      return matrixTable(inputs.themes, inputs.items);
    case 'year-one-to-year-two':
      return flowTable(inputs.flow);
    case 'programme-timeline':
      return timelineTable(inputs.timeline);
  }
}

/** A cell as plain text or number, for the downloads. */
function cellValue(cell: Cell): string | number {
  return typeof cell === 'object' ? cell.text : cell;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header of column labels, then one line per row, CRLF line ends. */
export function tableCsv(table: ChartTable): string {
  const lines = [
    table.columns.map((column) => csvField(column.label)),
    ...table.rows.map((row) => table.columns.map((column) => csvField(cellValue(row[column.key] ?? '')))),
  ];
  return `${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/** The JSON download: the title, subtitle, notes and source, the columns and the rows as plain values. */
export function tableJson(table: ChartTable): string {
  return JSON.stringify(
    {
      chart: table.id,
      title: table.title,
      subtitle: table.subtitle,
      description: table.description,
      notes: table.notes,
      source: table.source,
      columns: table.columns.map(({ key, label }) => ({ key, label })),
      rows: table.rows.map((row) =>
        Object.fromEntries(table.columns.map((column) => [column.key, cellValue(row[column.key] ?? '')])),
      ),
    },
    null,
    2,
  );
}

/** Where a chart's data can be downloaded. */
export function downloadHref(id: ChartId, format: DownloadFormat): string {
  return chartDataHref(id, format);
}

/**
 * Themes × items: a row per publication section and per post, a column per theme, a mark where
 * the item carries the theme. Past `maxPostRows` posts the posts fold into one row per year whose
 * cells give counts, so the picture stays legible at any size; the table keeps every post.
 */
import { rollups } from 'd3-array';
import { scaleBand } from 'd3-scale';
import type { ThemeSummary, ThemedItem } from '../theme-data';
import { CHART_WIDTH, LINE_HEIGHT, fitText, wrapText } from './text-fit';

export interface MatrixColumn {
  theme: ThemeSummary;
  /** Centre of the column. */
  x: number;
  /** How many items carry the theme. */
  count: number;
}

export interface MatrixRow {
  key: string;
  /** The label as drawn, in up to two lines cut to fit; `fullLabel` goes in the tooltip. */
  lines: string[];
  fullLabel: string;
  href: string | undefined;
  /** Top of the row and its height (one or two lines of label). */
  y: number;
  height: number;
  /** Per theme column: 1 or 0 for an item, the number of posts for a folded row. */
  cells: { themeId: string; x: number; count: number }[];
  folded: boolean;
}

export interface MatrixLayout {
  width: number;
  height: number;
  headerHeight: number;
  labelWidth: number;
  cellSize: number;
  columns: MatrixColumn[];
  groups: { text: string; y: number }[];
  rows: MatrixRow[];
  /** True when posts were folded into one row per year. */
  folded: boolean;
}

/** Height of a one-line row; each further line of label adds LINE_HEIGHT. */
export const ROW_HEIGHT = 26;
const HEADER_HEIGHT = 30;
const CELL_SIZE = 28;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Lays out the matrix; `themes` in column order, `items` in row order (sections, then posts). */
export function layoutMatrix(
  themes: readonly ThemeSummary[],
  items: readonly ThemedItem[],
  { width = CHART_WIDTH, maxPostRows = 40 }: { width?: number; maxPostRows?: number } = {},
): MatrixLayout {
  const labelWidth = width - themes.length * CELL_SIZE;
  const band = scaleBand<string>()
    .domain(themes.map((theme) => theme.id))
    .range([labelWidth, width]);
  const centre = (id: string) => (band(id) ?? 0) + band.bandwidth() / 2;
  const columns = themes.map((theme) => ({
    theme,
    x: centre(theme.id),
    count: items.filter((item) => item.themeIds.includes(theme.id)).length,
  }));
  const sections = items.filter((item) => item.kind === 'section');
  const posts = items.filter((item) => item.kind === 'post');
  const folded = posts.length > maxPostRows;

  const groups: MatrixLayout['groups'] = [];
  const rows: MatrixRow[] = [];
  let y = HEADER_HEIGHT;
  const addGroup = (text: string) => {
    groups.push({ text: fitText(text, width), y });
    y += ROW_HEIGHT;
  };
  const addRow = (row: Omit<MatrixRow, 'y' | 'lines' | 'height'>) => {
    const lines = wrapText(row.fullLabel, labelWidth - 8, 2);
    const height = ROW_HEIGHT + (lines.length - 1) * LINE_HEIGHT;
    rows.push({ ...row, y, lines, height });
    y += height;
  };
  const itemCells = (item: ThemedItem) =>
    themes.map((theme) => ({
      themeId: theme.id,
      x: centre(theme.id),
      count: item.themeIds.includes(theme.id) ? 1 : 0,
    }));

  if (sections.length > 0) addGroup(`Publication sections (${sections.length})`);
  for (const item of sections) {
    addRow({ key: item.id, fullLabel: item.label, href: item.href, cells: itemCells(item), folded: false });
  }
  if (posts.length > 0) addGroup(folded ? `Posts (${posts.length}), by year` : `Posts (${posts.length})`);
  if (folded) {
    const byYear = rollups(
      posts,
      (group) => group,
      (post) => post.date?.getUTCFullYear() ?? 0,
    ).sort(([a], [b]) => b - a);
    for (const [year, group] of byYear) {
      addRow({
        key: `posts-${year}`,
        fullLabel: `${plural(group.length, 'post', 'posts')} in ${year}`,
        href: undefined,
        cells: themes.map((theme) => ({
          themeId: theme.id,
          x: centre(theme.id),
          count: group.filter((post) => post.themeIds.includes(theme.id)).length,
        })),
        folded: true,
      });
    }
  } else {
    for (const item of posts) {
      addRow({ key: item.id, fullLabel: item.label, href: item.href, cells: itemCells(item), folded: false });
    }
  }
  return {
    width,
    height: y + 4,
    headerHeight: HEADER_HEIGHT,
    labelWidth,
    cellSize: CELL_SIZE,
    columns,
    groups,
    rows,
    folded,
  };
}

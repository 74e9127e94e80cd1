/**
 * Themes × items: a row per publication section and per post, a column per theme, a mark where
 * the item carries the theme. Column headers are the themes' full labels set upright (rotated a
 * quarter turn) so seven of them fit above narrow columns; row labels wrap, never cut. Past
 * `maxPostRows` posts the posts fold into one row per year whose cells give counts, so the picture
 * stays legible at any size; the table keeps every post.
 */
import { rollups } from 'd3-array';
import { scaleBand } from 'd3-scale';
import type { ThemeSummary, ThemedItem } from './theme-data';
import { CHART_WIDTH, LINE_HEIGHT, breakLines, textWidth } from './text-fit';

interface MatrixColumn {
  theme: ThemeSummary;
  /** Centre of the column. */
  x: number;
  /** The theme's label, read bottom to top; its baseline sits at the column's centre. */
  header: string;
  /** How many items carry the theme. */
  count: number;
}

interface MatrixRow {
  key: string;
  /** The whole label, broken into lines that fit the label column. */
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
  /** The height of the upright column headers; rows start below it. */
  headerHeight: number;
  labelWidth: number;
  cellSize: number;
  columns: MatrixColumn[];
  groups: { text: string; y: number }[];
  rows: MatrixRow[];
  /** True when posts were folded into one row per year. */
  folded: boolean;
}

/** Past this many posts, the picture folds them into one row per year. */
export const MAX_POST_ROWS = 40;
/** Height of a one-line row; each further line of label adds LINE_HEIGHT. */
const ROW_HEIGHT = 26;
/** Width of a theme column: room for a mark, and for the upright header's line of text. */
const CELL_SIZE = 22;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Lays out the matrix; `themes` in column order, `items` in row order (sections, then posts). */
export function layoutMatrix(
  themes: readonly ThemeSummary[],
  items: readonly ThemedItem[],
  { width = CHART_WIDTH, maxPostRows = MAX_POST_ROWS }: { width?: number; maxPostRows?: number } = {},
): MatrixLayout {
  const labelWidth = width - themes.length * CELL_SIZE;
  const headerHeight = Math.ceil(Math.max(0, ...themes.map((theme) => textWidth(theme.label))) + 12);
  const band = scaleBand<string>()
    .domain(themes.map((theme) => theme.id))
    .range([labelWidth, width]);
  const centre = (id: string) => (band(id) ?? 0) + band.bandwidth() / 2;
  const columns = themes.map((theme) => ({
    theme,
    x: centre(theme.id),
    header: theme.label,
    count: items.filter((item) => item.themeIds.includes(theme.id)).length,
  }));
  const sections = items.filter((item) => item.kind === 'section');
  const posts = items.filter((item) => item.kind === 'post');
  const folded = posts.length > maxPostRows;

  const groups: MatrixLayout['groups'] = [];
  const rows: MatrixRow[] = [];
  let y = headerHeight;
  const addGroup = (text: string) => {
    groups.push({ text, y });
    y += ROW_HEIGHT;
  };
  const addRow = (row: Omit<MatrixRow, 'y' | 'lines' | 'height'>) => {
    const lines = breakLines(row.fullLabel, labelWidth - 8);
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
    headerHeight,
    labelWidth,
    cellSize: CELL_SIZE,
    columns,
    groups,
    rows,
    folded,
  };
}

/**
 * Theme coverage: one row per theme, a bar split into publication sections (solid) and posts
 * (hatched), the total written after it. Labels sit above their bars so the chart reads on a phone.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ThemeCount } from './theme-data';
import { themeKindGroupLabel, type ThemeKind } from '../content/labels';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, breakLines } from './text-fit';

interface CoverageRow {
  theme: ThemeCount;
  /** The whole label, broken into lines that fit the chart's width. */
  lines: string[];
  /** Baseline of the label's first line. */
  labelY: number;
  barY: number;
  sectionsWidth: number;
  postsWidth: number;
  valueX: number;
  highlighted: boolean;
}

export interface CoverageLayout {
  width: number;
  height: number;
  barHeight: number;
  legendY: number;
  groups: { text: string; y: number }[];
  rows: CoverageRow[];
}

const BAR_HEIGHT = 18;
/** Room after the longest bar for its total. */
const VALUE_ROOM = 48;
const ROW_GAP = 14;

/** Lays out `counts` (already in theme order); `highlight` marks the theme of the page in words. */
export function layoutCoverage(
  counts: readonly ThemeCount[],
  { width = CHART_WIDTH, highlight }: { width?: number; highlight?: string | undefined } = {},
): CoverageLayout {
  const length = scaleLinear()
    .domain([0, Math.max(1, max(counts, (count) => count.total) ?? 0)])
    .range([0, width - VALUE_ROOM]);
  const legendY = 0;
  let y = legendY + LINE_HEIGHT + ROW_GAP;
  const groups: CoverageLayout['groups'] = [];
  const rows: CoverageRow[] = [];
  let previousKind: ThemeKind | undefined;
  for (const theme of counts) {
    if (theme.kind !== previousKind) {
      y += groups.length > 0 ? ROW_GAP : 0;
      groups.push({ text: themeKindGroupLabel(theme.kind), y: y + FONT_SIZE });
      y += LINE_HEIGHT + ROW_GAP / 2;
      previousKind = theme.kind;
    }
    const highlighted = theme.id === highlight;
    const lines = breakLines(highlighted ? `${theme.label} (this theme)` : theme.label, width);
    const labelHeight = lines.length * LINE_HEIGHT;
    const sectionsWidth = length(theme.sections);
    const postsWidth = length(theme.total) - sectionsWidth;
    rows.push({
      theme,
      lines,
      labelY: y + FONT_SIZE,
      barY: y + labelHeight + 4,
      sectionsWidth,
      postsWidth,
      valueX: sectionsWidth + postsWidth + 6,
      highlighted,
    });
    y += labelHeight + 4 + BAR_HEIGHT + ROW_GAP;
  }
  return { width, height: y, barHeight: BAR_HEIGHT, legendY, groups, rows };
}

/**
 * The programme timeline, drawn downwards so it reads on a phone: years on the left, publications
 * (squares) and events (circles) on the axis with their labels to the right, pushed apart so they
 * never overlap, and posts as one diamond per month, larger when the month has more posts.
 */
import { groups, max, range } from 'd3-array';
import { scaleSqrt, scaleUtc } from 'd3-scale';
import type { PartialDate } from '../dates/partial-date';
import type { TimelineEntry } from './theme-data';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, breakLines, dodge } from './text-fit';

interface TimelineMark {
  entry: TimelineEntry;
  x: number;
  y: number;
  /** The whole label, broken into lines that fit beside the axis. */
  lines: string[];
  /** Baseline of the label's first line. */
  labelY: number;
}

interface PostMonthMark {
  /** `2014-05` */
  month: string;
  x: number;
  y: number;
  radius: number;
  entries: TimelineEntry[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisX: number;
  labelX: number;
  top: number;
  bottom: number;
  legend: { y: number; x: number; text: string; shape: 'square' | 'circle' | 'diamond' }[];
  years: { year: number; y: number }[];
  marks: TimelineMark[];
  postMonths: PostMonthMark[];
}

const AXIS_X = 72;
const POST_X = 52;
const LABEL_GAP = 16;
const MARK_NUDGE = 12;

/** The middle of the period a date names: a month-precise date sits mid-month, a year mid-year. */
export function midpoint(date: PartialDate): Date {
  const start = date.start;
  if (date.precision === 'day') return start;
  const end =
    date.precision === 'month'
      ? Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)
      : Date.UTC(start.getUTCFullYear() + 1, 0, 1);
  return new Date((start.getTime() + end) / 2);
}

export function layoutTimeline(
  entries: readonly TimelineEntry[],
  {
    width = CHART_WIDTH,
    from = 2012,
    to = 2015,
    yearHeight = 180,
  }: { width?: number; from?: number; to?: number; yearHeight?: number } = {},
): TimelineLayout {
  const legend: TimelineLayout['legend'] = [
    { y: FONT_SIZE, x: 0, text: 'Publication', shape: 'square' },
    { y: FONT_SIZE, x: 140, text: 'Event', shape: 'circle' },
    { y: FONT_SIZE + LINE_HEIGHT, x: 0, text: 'Posts in a month (larger: more)', shape: 'diamond' },
  ];
  const top = FONT_SIZE + LINE_HEIGHT * 2 + 8;
  const years = entries.map((entry) => entry.date.start.getUTCFullYear());
  const firstYear = Math.min(from, ...years);
  const lastYear = Math.max(to, ...years);
  const bottom = top + (lastYear - firstYear + 1) * yearHeight;
  const y = scaleUtc()
    .domain([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([top, bottom]);

  const labelX = AXIS_X + LABEL_GAP;
  const labelled = entries.filter((entry) => entry.kind !== 'post');
  const markYs = labelled.map((entry) => y(midpoint(entry.date)));
  const labelLines = labelled.map((entry) => breakLines(entry.label, width - labelX));
  const labelYs = dodge(
    markYs.map((markY) => markY + FONT_SIZE / 3),
    labelLines.map((lines) => lines.length * LINE_HEIGHT),
  );
  const marks: TimelineMark[] = labelled.map((entry, index) => {
    const markY = markYs[index] ?? top;
    // Marks closer than a mark's size step sideways, so a publication and an event on one day both show.
    const crowded = index > 0 && Math.abs(markY - (markYs[index - 1] ?? -Infinity)) < MARK_NUDGE;
    return {
      entry,
      x: AXIS_X + (crowded ? MARK_NUDGE / 2 : 0),
      y: markY,
      lines: labelLines[index] ?? [entry.label],
      labelY: labelYs[index] ?? markY,
    };
  });

  const byMonth = groups(
    entries.filter((entry) => entry.kind === 'post'),
    (entry) => entry.date.iso.slice(0, 7),
  );
  const radius = scaleSqrt()
    .domain([1, Math.max(1, max(byMonth, ([, posts]) => posts.length) ?? 1)])
    .range([5, 8]);
  const postMonths = byMonth.map(([month, posts]) => ({
    month,
    x: POST_X,
    y: y(midpoint({ iso: month, precision: 'month', start: new Date(`${month}-01T00:00:00Z`) })),
    radius: radius(posts.length),
    entries: posts,
  }));

  const height = Math.max(bottom, ...marks.map((mark) => mark.labelY + (mark.lines.length - 1) * LINE_HEIGHT + 6)) + 4;
  return {
    width,
    height,
    axisX: AXIS_X,
    labelX,
    top,
    bottom,
    legend,
    years: range(firstYear, lastYear + 1).map((year) => ({ year, y: y(new Date(Date.UTC(year, 0, 1))) })),
    marks,
    postMonths,
  };
}

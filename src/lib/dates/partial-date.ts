/**
 * Dates that carry their precision. The sources often give a month ("November 2013") or only a
 * year, and the site must never print "1 November 2013" for a report whose day is unknown.
 */
type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** ISO form at the stated precision: `2013`, `2013-11` or `2013-11-20`. */
  iso: string;
  precision: DatePrecision;
  /** The first instant the date can mean, for sorting and feeds (UTC). */
  start: Date;
}

const PATTERN = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * Reads `2013`, `2013-11` or `2013-11-20` (or a YAML date) into a {@link PartialDate}.
 * Returns `undefined` for anything else, so the schema can say what is wrong.
 *
 * @example parsePartialDate('2013-11') // { iso: '2013-11', precision: 'month', … }
 */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString().slice(0, 10);
    return { iso, precision: 'day', start: new Date(`${iso}T00:00:00Z`) };
  }
  if (typeof value === 'number') return parsePartialDate(String(value));
  if (typeof value !== 'string') return undefined;
  const match = PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined;
  const start = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  if (day !== undefined && start.getUTCDate() !== Number(day)) return undefined;
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
  return { iso: value.trim(), precision, start };
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Formats a date at its own precision, GOV.UK style: `20 November 2013`, `November 2013`, `2013`.
 */
export function formatPartialDate(date: PartialDate): string {
  const year = date.start.getUTCFullYear();
  const month = MONTH_NAMES[date.start.getUTCMonth()];
  if (date.precision === 'year') return String(year);
  if (date.precision === 'month') return `${month} ${year}`;
  return `${date.start.getUTCDate()} ${month} ${year}`;
}

/** Newest first; at equal start, the more precise date first. */
export function compareNewestFirst(a: PartialDate, b: PartialDate): number {
  return b.start.getTime() - a.start.getTime() || b.iso.length - a.iso.length;
}

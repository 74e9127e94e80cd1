/** Post dates are whole days; these format them the way the rest of the site formats dates. */
import { formatPartialDate, type PartialDate } from './partial-date';

export function dayOf(date: Date): PartialDate {
  const iso = date.toISOString().slice(0, 10);
  return { iso, precision: 'day', start: new Date(`${iso}T00:00:00Z`) };
}

/** "1 May 2014". */
export function formatPostDate(date: Date): string {
  return formatPartialDate(dayOf(date));
}

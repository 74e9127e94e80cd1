/**
 * How the site speaks of the published text a post summarises (the schema's `original`): in the
 * "About this summary" box, on cards, in feeds and in structured data. One home, so every place
 * says the same thing and none prints a day the sources do not give.
 */
import type { CitedName } from '../citations/citations';
import { formatPartialDate, type PartialDate } from '../dates/partial-date';
import { originalKindNoun, type OriginalHolds, type OriginalKind } from './labels';

export interface Original {
  title?: string | undefined;
  author?: CitedName | undefined;
  publisher: string;
  date?: PartialDate | undefined;
  url: string;
  kind: OriginalKind;
  holds: OriginalHolds;
}

/** The name of a person or organisation as readers see it. */
export function nameOf(name: CitedName): string {
  return 'person' in name ? name.person : name.organisation;
}

/**
 * The label above a post's title and on its card.
 * @example summaryLabel(original) // "Summary of a blog post"
 */
export function summaryLabel(original: Original | undefined): string {
  return original ? `Summary of a ${originalKindNoun(original.kind)}` : 'Blog post';
}

/**
 * One sentence that says what the original is, at the precision its date is known.
 * @example originalLine(original) // "Summary of a blog post by Helen Ryman (Institute for Government, 26 November 2014)."
 */
export function originalLine(original: Original): string {
  const by = original.author ? ` by ${nameOf(original.author)}` : '';
  const title = original.title ? ` “${original.title}”` : '';
  const date = original.date ? `, ${formatPartialDate(original.date)}` : ', undated';
  return `Summary of a ${originalKindNoun(original.kind)}${title}${by} (${original.publisher}${date}).`;
}

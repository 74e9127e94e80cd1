/**
 * The searched words to mark on the page a search result leads to. Pagefind adds them to the
 * result's address as `?highlight=word&highlight=other`; the header island marks them in the text.
 * Pure and small: it ships to every page that is opened from a search.
 */

/** Search words shorter than this would mark half the page. */
const MIN_LENGTH = 2;

/**
 * A pattern matching any of the words at the start of a word of the text, loosely stemmed the way
 * search matches (`departments` also marks `department`, `departmental`), or `undefined` when there
 * is nothing to mark.
 * @example highlightPattern(['joined-up services']) // /(?<![\p{L}\p{N}])(?:joined-up|service)[\p{L}\p{N}]*\/giu
 */
export function highlightPattern(values: readonly string[]): RegExp | undefined {
  const stems = values
    .flatMap((value) => value.split(/\s+/))
    .map((word) => word.replace(/[^\p{L}\p{N}'’-]/gu, '').toLowerCase())
    .filter((word) => word.length >= MIN_LENGTH)
    .map((word) => (word.length > 5 ? word.replace(/(?:ing|ed|es|s)$/, '') : word));
  const unique = [...new Set(stems)].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** "Did you mean" suggestions for ids, fields, pages and anchors, by edit distance. */

/** Levenshtein distance: how many one-character edits turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates closest to what the writer typed, if any is close enough: at most a quarter of
 * the longer word differs (at least two edits allowed), so `edtors` finds `editors` but `x` finds
 * nothing. Only the closest are kept (ties are all kept, up to three).
 *
 * @example closestMatches('edtors', ['editors', 'peter-thomas']) // ['editors']
 */
export function closestMatches(value: string, candidates: Iterable<string>): string[] {
  const wanted = value.toLowerCase();
  const close = [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
    .filter(
      ({ candidate, distance }) => distance <= Math.max(2, Math.floor(Math.max(wanted.length, candidate.length) / 4)),
    );
  const best = Math.min(...close.map(({ distance }) => distance));
  return close
    .filter(({ distance }) => distance === best)
    .map(({ candidate }) => candidate)
    .sort()
    .slice(0, 3);
}

/** `Did you mean "editors"? ` (with its trailing space), or nothing when no candidate is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const matches = closestMatches(value, candidates);
  if (matches.length === 0) return '';
  return `Did you mean ${quotedList(matches, 'or')}? `;
}

/** `"a", "b" or "c"`. */
function quotedList(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const quoted = values.map((value) => `"${value}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

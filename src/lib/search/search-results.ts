/**
 * Turning Pagefind's answers into what the results list shows: the sections worth linking to, the
 * excerpt as plain text with its marked words, and the sentence announced to screen readers.
 * Pure, so the island only renders.
 */

/** The part of a Pagefind sub-result this module reads (see pagefind's `PagefindSubResult`). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; location: number };
  weighted_locations: { balanced_score: number }[];
}

/**
 * The sections of a page that best match, best first: only those that start at a heading with an
 * id (the text before the first heading is the page itself), at most `limit`.
 */
export function bestSections<T extends SubResult>(subResults: readonly T[], limit = 3): T[] {
  const score = (result: SubResult) => result.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
  return subResults
    .filter((result) => result.anchor !== undefined)
    .map((result, index) => ({ result, index, score: score(result) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ result }) => result);
}

/** The part of a Pagefind result that ranking reads. */
export interface RankedResult {
  id: string;
  score: number;
}

/**
 * Pagefind finds only pages holding every word, which a question-like query rarely matches. This
 * keeps those pages first, then adds pages holding some of the words, ranked by how rare their
 * words are across the results (a page with the one unusual word beats a page with two common
 * ones), then by score. Every page, those holding every word included, is given by the result of
 * its rarest word, whose excerpt and sections then point at that word rather than at the common
 * words of the question.
 * @example withSomeWords([a], [[a, b, c], [b]]) // [a, b, c]: b holds the rare second word
 */
export function withSomeWords<T extends RankedResult>(
  everyWord: readonly T[],
  perWord: readonly (readonly T[])[],
): T[] {
  const pageCount = new Set(perWord.flatMap((results) => results.map((result) => result.id))).size;
  const pages = new Map<string, { best: T; bestPages: number; rarity: number; score: number }>();
  for (const results of perWord) {
    const rarity = Math.log(1 + pageCount / results.length);
    for (const result of results) {
      const page = pages.get(result.id);
      if (!page) {
        pages.set(result.id, { best: result, bestPages: results.length, rarity, score: result.score });
        continue;
      }
      page.rarity += rarity;
      page.score += result.score;
      if (results.length < page.bestPages) Object.assign(page, { best: result, bestPages: results.length });
    }
  }
  const first = everyWord.map((result) => pages.get(result.id)?.best ?? result);
  const seen = new Set(everyWord.map((result) => result.id));
  const others = [...pages.entries()]
    .filter(([id]) => !seen.has(id))
    .map(([, page]) => page)
    .sort((a, b) => b.rarity - a.rarity || b.score - a.score)
    .map((page) => page.best);
  return [...first, ...others];
}

/** A run of excerpt text, marked when it holds a searched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits Pagefind's excerpt (escaped text with `<mark>` around matches) into parts the island
 * renders as text nodes, so no markup from the index ever reaches the page as HTML.
 * @example excerptParts('a <mark>silo</mark> &amp; b') // [{a ,false},{silo,true},{ & b,false}]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: decodeEntities(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text.length > 0);
}

/**
 * The sentence the live region announces after each search. `everyWordCount`, when given, says how
 * many of the results hold every word (the rest hold some).
 * @example resultCountMessage(3, 'silos', 1) // '3 results for “silos”, with 1 filter.'
 */
export function resultCountMessage(
  count: number,
  term: string | null,
  filterCount: number,
  everyWordCount = count,
): string {
  const filters = filterCount === 0 ? '' : `, with ${filterCount} ${filterCount === 1 ? 'filter' : 'filters'}`;
  const subject = term ? ` for “${term}”` : '';
  if (count === 0) {
    const advice = filterCount > 0 ? 'Try removing a filter, or other words.' : 'Try fewer or other words.';
    return `No results${subject}${filters}. ${advice}`;
  }
  const some =
    everyWordCount < count
      ? everyWordCount === 0
        ? ' No page holds every word; these hold some of them.'
        : ` ${everyWordCount} ${everyWordCount === 1 ? 'holds' : 'hold'} every word; the others hold some of them.`
      : '';
  return `${count} ${count === 1 ? 'result' : 'results'}${subject}${filters}.${some}`;
}

/** A result's height on screen, about: a title, a line of facts and a two-line excerpt. */
export const RESULT_HEIGHT_PX = 120;
/** The first batch never drops below this, so a short window still shows a choice of results. */
export const MIN_FIRST_BATCH = 3;

/**
 * How many results to load first: as many as fit between the top of the list and the bottom of
 * the window, from {@link MIN_FIRST_BATCH} up to `pageSize`. Each result's text is a download of
 * its own, so results below the window wait for "Show more results".
 * @example firstBatchSize(720, 300, 10) // 4: 420 px of window below the list's top
 */
export function firstBatchSize(windowHeight: number, listTop: number, pageSize: number): number {
  const space = Math.max(0, windowHeight - Math.max(0, listTop));
  return Math.min(pageSize, Math.max(MIN_FIRST_BATCH, Math.ceil(space / RESULT_HEIGHT_PX)));
}

/**
 * The fewest characters worth a search while the reader is still typing. Pagefind loads the part of
 * its index holding every word that starts with what was typed, so "c" or "co" would fetch chunks
 * the finished word does not need. Pressing Enter searches any length.
 */
const MIN_TYPED_CHARACTERS = 3;

/**
 * Whether the words typed so far should be searched now: when the field is empty (to clear the results) or
 * holds at least {@link MIN_TYPED_CHARACTERS} characters.
 * @example searchWhileTyping('co') // false
 */
export function searchWhileTyping(query: string): boolean {
  const typed = query.trim();
  return typed.length === 0 || [...typed].length >= MIN_TYPED_CHARACTERS;
}

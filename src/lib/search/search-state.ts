/**
 * The state of the search page as it lives in the address, so a search can be shared, bookmarked
 * and restored with the back button:
 * `/search/?q=joined+up&theme=whole-person&type=post&year=2014&author=editors&sort=date`.
 * A filter may repeat (`theme=a&theme=b`: pages on either theme). Pure: the search island parses
 * the address on load and on the back button, and writes it back as the reader types.
 */

/** The kinds of page the index holds; each page carries one as its `type` filter. */
const CONTENT_TYPES = ['publication', 'post', 'theme', 'person', 'page'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The filters a reader can set, in the order they appear in the address. */
export const FILTER_KEYS = ['theme', 'type', 'year', 'author'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Relevance, or newest first. */
type SortOrder = 'relevance' | 'date';

export interface SearchState {
  /** What the reader typed, as typed (trimmed only when searching). */
  query: string;
  /** The chosen values of each filter; an empty list leaves that filter unset. */
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

/** What a value must look like to be kept: anything else in the address is ignored, not searched. */
const VALID_VALUE: Record<FilterKey, (value: string) => boolean> = {
  theme: (value) => /^[a-z0-9-]+$/.test(value),
  type: (value) => (CONTENT_TYPES as readonly string[]).includes(value),
  year: (value) => /^\d{4}$/.test(value),
  author: (value) => /^[a-z0-9-]+$/.test(value),
};

export function emptySearchState(): SearchState {
  return { query: '', filters: { theme: [], type: [], year: [], author: [] }, sort: 'relevance' };
}

/**
 * Reads the state from an address's query string; unknown keys and malformed values are dropped.
 * @example parseSearchState('?q=silos&theme=whole-person&sort=date')
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptySearchState();
  state.query = params.get('q') ?? '';
  for (const key of FILTER_KEYS) {
    state.filters[key] = [...new Set(params.getAll(key).filter(VALID_VALUE[key]))];
  }
  state.sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  return state;
}

/**
 * Writes the state as a query string (with its `?`), or `''` for an empty search. The default
 * sort is left out, so the same search always has the same address.
 */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The words to search for, or `null` to list every page the filters allow (Pagefind's convention). */
export function searchTerm(state: SearchState): string | null {
  const term = state.query.trim().replace(/\s+/g, ' ');
  return term || null;
}

/**
 * Words a question carries but an answer need not contain: left out when search falls back to
 * pages that hold only some of the reader's words.
 */
const QUESTION_WORDS = new Set(
  (
    'a about an and are as at be been but by can could did do does for from had has have how i if in into is it its ' +
    'me my no not of on or our should so than that the their them there these they this those to too was we ' +
    'were what when where which who whom why will with would you your'
  ).split(' '),
);

/**
 * The words of a query worth finding on their own, in order, without repeats or question words.
 * @example contentWords('How can policy see the whole person?') // ['policy', 'see', 'whole', 'person']
 */
export function contentWords(term: string | null): string[] {
  const words = (term ?? '').toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return [...new Set(words.filter((word) => !QUESTION_WORDS.has(word)))];
}

/** Whether there is anything to search for: some words, or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return searchTerm(state) !== null || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** How many filter values are chosen, for the results message. */
export function activeFilterCount(state: SearchState): number {
  return FILTER_KEYS.reduce((count, key) => count + state.filters[key].length, 0);
}

/** The options for Pagefind's `search()`: within a filter any chosen value matches; filters combine. */
export function pagefindOptions(state: SearchState): {
  filters: Partial<Record<FilterKey, { any: string[] }>>;
  sort?: { date: 'desc' };
} {
  const filters: Partial<Record<FilterKey, { any: string[] }>> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length) filters[key] = { any: state.filters[key] };
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}

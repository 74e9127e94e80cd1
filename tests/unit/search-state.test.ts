import { describe, expect, test } from 'vitest';
import {
  activeFilterCount,
  contentWords,
  emptySearchState,
  hasSearch,
  pagefindOptions,
  parseSearchState,
  searchTerm,
  serialiseSearchState,
  type SearchState,
} from '../../src/lib/search/search-state';

function state(overrides: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> }) {
  const base = emptySearchState();
  return { ...base, ...overrides, filters: { ...base.filters, ...overrides.filters } };
}

describe('parseSearchState', () => {
  test.each([
    ['', state({})],
    ['?q=joined+up', state({ query: 'joined up' })],
    [
      '?q=silos&theme=whole-person&theme=prevention',
      state({ query: 'silos', filters: { theme: ['whole-person', 'prevention'] } }),
    ],
    [
      '?type=post&type=publication&year=2014&author=editors',
      state({ filters: { type: ['post', 'publication'], year: ['2014'], author: ['editors'] } }),
    ],
    ['?sort=date', state({ sort: 'date' })],
    ['?sort=random', state({})],
    ['?type=video&year=14&theme=Not%20An%20Id&theme=', state({})],
    ['?theme=a&theme=a', state({ filters: { theme: ['a'] } })],
    ['?utm_source=mail&q=x', state({ query: 'x' })],
  ])('%s', (search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });

  test('reads URLSearchParams as well as strings', () => {
    expect(parseSearchState(new URLSearchParams({ q: 'a', sort: 'date' }))).toEqual(
      state({ query: 'a', sort: 'date' }),
    );
  });
});

describe('serialiseSearchState', () => {
  test.each([
    [state({}), ''],
    [state({ query: '   ' }), ''],
    [state({ query: 'joined up' }), '?q=joined+up'],
    [state({ sort: 'relevance', filters: { theme: ['a'] } }), '?theme=a'],
    [
      state({ query: 'x', sort: 'date', filters: { author: ['editors'], theme: ['a', 'b'], year: ['2014'] } }),
      '?q=x&theme=a&theme=b&year=2014&author=editors&sort=date',
    ],
  ])('%j → %s', (input, expected) => {
    expect(serialiseSearchState(input)).toBe(expected);
  });

  test.each(['?q=a+b&theme=x&type=post&year=2013&author=p&sort=date', '?q=%E2%80%9Cquoted%E2%80%9D', '?theme=x'])(
    '%s survives a round trip',
    (search) => {
      expect(serialiseSearchState(parseSearchState(search))).toBe(search);
    },
  );
});

describe('what is searched', () => {
  test.each([
    [state({}), null, false, 0],
    [state({ query: '  whole   person ' }), 'whole person', true, 0],
    [state({ filters: { theme: ['a', 'b'], year: ['2014'] } }), null, true, 3],
  ])('%j', (input, term, any, filterCount) => {
    expect(searchTerm(input)).toBe(term);
    expect(hasSearch(input)).toBe(any);
    expect(activeFilterCount(input)).toBe(filterCount);
  });

  test('Pagefind gets any-of filters for the chosen keys only, and a date sort when asked', () => {
    expect(pagefindOptions(state({ filters: { theme: ['a', 'b'], type: ['post'] } }))).toEqual({
      filters: { theme: { any: ['a', 'b'] }, type: { any: ['post'] } },
    });
    expect(pagefindOptions(state({ sort: 'date' }))).toEqual({ filters: {}, sort: { date: 'desc' } });
  });
});

describe('contentWords', () => {
  test.each([
    [null, []],
    ['', []],
    ['How can policy see the whole person?', ['policy', 'see', 'whole', 'person']],
    ['Why do funders fund crisis, not prevention', ['funders', 'fund', 'crisis', 'prevention']],
    ['joined-up joined-up services', ['joined-up', 'services']],
    ['what is it', []],
  ])('%s', (term, words) => {
    expect(contentWords(term)).toEqual(words);
  });
});

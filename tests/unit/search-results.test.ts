import { describe, expect, test } from 'vitest';
import {
  bestSections,
  excerptParts,
  firstBatchSize,
  MIN_FIRST_BATCH,
  RESULT_HEIGHT_PX,
  resultCountMessage,
  searchWhileTyping,
  withSomeWords,
  type SubResult,
} from '../../src/lib/search/search-results';

function section(id: string | undefined, scores: number[]): SubResult {
  return {
    title: id ?? 'Page',
    url: id ? `/p/#${id}` : '/p/',
    excerpt: '',
    ...(id ? { anchor: { id, location: 0 } } : {}),
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  };
}

describe('bestSections', () => {
  test('ranks sections by their matches, keeps page order on ties, and drops the text before the first heading', () => {
    const sections = [
      section(undefined, [90]),
      section('a', [1]),
      section('b', [5, 5]),
      section('c', [10]),
      section('d', [0.5]),
    ];
    expect(bestSections(sections, 3).map((s) => s.anchor?.id)).toEqual(['b', 'c', 'a']);
  });

  test('returns nothing when no section starts at a heading', () => {
    expect(bestSections([section(undefined, [1])])).toEqual([]);
  });
});

describe('excerptParts', () => {
  test.each([
    ['', []],
    ['plain text', [{ text: 'plain text', marked: false }]],
    [
      'a <mark>silo</mark> &amp; <mark>silos.</mark>',
      [
        { text: 'a ', marked: false },
        { text: 'silo', marked: true },
        { text: ' & ', marked: false },
        { text: 'silos.', marked: true },
      ],
    ],
    ['&lt;script&gt; &#8220;q&#x201d;', [{ text: '<script> “q”', marked: false }]],
    ['<b>not markup</b>', [{ text: '<b>not markup</b>', marked: false }]],
  ])('%s', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
});

describe('resultCountMessage', () => {
  test.each([
    [3, 'silos', 0, '3 results for “silos”.'],
    [1, 'silos', 0, '1 result for “silos”.'],
    [2, null, 1, '2 results, with 1 filter.'],
    [4, 'silos', 2, '4 results for “silos”, with 2 filters.'],
    [0, 'zzz', 0, 'No results for “zzz”. Try fewer or other words.'],
    [0, 'zzz', 1, 'No results for “zzz”, with 1 filter. Try removing a filter, or other words.'],
  ])('%i results for %s with %i filters', (count, term, filters, message) => {
    expect(resultCountMessage(count, term, filters)).toBe(message);
  });

  test.each([
    [5, 1, '5 results for “why silos”. 1 holds every word; the others hold some of them.'],
    [5, 2, '5 results for “why silos”. 2 hold every word; the others hold some of them.'],
    [5, 0, '5 results for “why silos”. No page holds every word; these hold some of them.'],
    [5, 5, '5 results for “why silos”.'],
  ])('%i results of which %i hold every word', (count, everyWord, message) => {
    expect(resultCountMessage(count, 'why silos', 0, everyWord)).toBe(message);
  });
});

describe('withSomeWords', () => {
  const r = (id: string, score: number, word = '') => ({ id, score, word });

  test('keeps pages with every word first, then pages by the rarity of their words, then by score', () => {
    const common = [r('all', 5), r('a', 9), r('b', 1), r('c', 1), r('d', 1)];
    const rare = [r('e', 2), r('all', 5)];
    expect(withSomeWords([r('all', 1)], [common, rare]).map((result) => result.id)).toEqual([
      'all',
      'e',
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  test('ranks a page holding two words above one holding either, when the words are as rare', () => {
    const merged = withSomeWords(
      [],
      [
        [r('both', 1), r('first', 5)],
        [r('both', 1), r('second', 5)],
      ],
    );
    expect(merged[0]?.id).toBe('both');
  });

  test("keeps, for each page, the result of the page's rarest word", () => {
    const common = [r('p', 9, 'common'), r('q', 1), r('s', 1)];
    const rare = [r('p', 1, 'rare')];
    expect(withSomeWords([], [common, rare])[0]).toEqual(r('p', 1, 'rare'));
  });

  test("a page holding every word keeps its place first, but is given by its rarest word's result", () => {
    const common = [r('q', 9, 'common'), r('p', 1, 'common'), r('s', 1)];
    const rare = [r('p', 1, 'rare')];
    const merged = withSomeWords([r('p', 10, 'phrase')], [common, rare]);
    expect(merged.map((result) => result.id)).toEqual(['p', 'q', 's']);
    expect(merged[0]).toEqual(r('p', 1, 'rare'));
  });

  test('a page holding every word that no single word found stays as it was', () => {
    expect(withSomeWords([r('p', 10, 'phrase')], [[r('q', 1)]])[0]).toEqual(r('p', 10, 'phrase'));
  });
});

describe('firstBatchSize', () => {
  test('loads as many results as fit below the top of the list', () => {
    expect(firstBatchSize(300 + 4 * RESULT_HEIGHT_PX, 300, 10)).toBe(4);
    expect(firstBatchSize(300 + 4 * RESULT_HEIGHT_PX + 1, 300, 10)).toBe(5);
  });

  test('a tall window loads one page at most', () => {
    expect(firstBatchSize(4000, 0, 10)).toBe(10);
  });

  test('a list below the window, or a phone held sideways, still gets a few results', () => {
    expect(firstBatchSize(320, 900, 10)).toBe(MIN_FIRST_BATCH);
    expect(firstBatchSize(320, 280, 10)).toBe(MIN_FIRST_BATCH);
  });

  test('a list scrolled above the window counts the whole window', () => {
    expect(firstBatchSize(3 * RESULT_HEIGHT_PX * 2, -500, 10)).toBe(6);
  });
});

describe('searchWhileTyping', () => {
  test('waits for a third character before searching as the reader types', () => {
    expect(searchWhileTyping('c')).toBe(false);
    expect(searchWhileTyping(' co ')).toBe(false);
    expect(searchWhileTyping('com')).toBe(true);
    expect(searchWhileTyping('Lucy de Groot')).toBe(true);
  });

  test('an emptied field searches at once, so the old results go', () => {
    expect(searchWhileTyping('')).toBe(true);
    expect(searchWhileTyping('   ')).toBe(true);
  });

  test('counts characters, not UTF-16 units', () => {
    expect(searchWhileTyping('𝔸𝔹')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeLabel } from '../../src/lib/reading/reading-time';

describe('reading time', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ["People's lives are messy.", 4],
    ['## A heading\n\nA [link](/themes/x/) here.[^1]\n\n[^1]: A note.', 7],
    ['<Chart data={x} /> Two words', 2],
  ])('counts the words of %j as %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    [10, 1],
    [200, 1],
    [450, 2],
    [1000, 5],
  ])('reads %i words in %i minutes', (words, minutes) => {
    expect(readingMinutes('word '.repeat(words))).toBe(minutes);
  });

  it('says "minute" for one and "minutes" for more', () => {
    expect(readingTimeLabel('short')).toBe('1 minute to read');
    expect(readingTimeLabel('word '.repeat(600))).toBe('3 minutes to read');
  });
});

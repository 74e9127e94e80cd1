import { describe, expect, it } from 'vitest';
import { countInWords, themeGroups } from '../../src/lib/content/labels';

const theme = (kind: 'disconnect' | 'question') => ({ data: { kind } });

describe('themeGroups', () => {
  it('names the groups by how many themes they hold', () => {
    const groups = themeGroups(
      Array.from({ length: 5 }, () => theme('disconnect')).concat([theme('question'), theme('question')]),
    );
    expect(groups.map((group) => group.heading)).toEqual([
      'The five disconnects (year one)',
      'The two questions (year two)',
    ]);
  });

  it('says "one disconnect" for one, and leaves out an empty group', () => {
    expect(themeGroups([theme('disconnect')]).map((group) => group.heading)).toEqual(['The one disconnect (year one)']);
  });
});

describe('countInWords', () => {
  it.each([
    [2, 'two'],
    [10, 'ten'],
    [12, '12'],
  ])('writes %i as %s', (count, words) => {
    expect(countInWords(count)).toBe(words);
  });
});

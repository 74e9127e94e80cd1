import { describe, expect, it } from 'vitest';
import {
  ORGANISATION_KIND_LABELS,
  PART_LABELS,
  countInWords,
  holdsLabel,
  originalKindNoun,
  themeCode,
  themeGroups,
  themeKindGroupLabel,
  themeKindLabel,
  themeKindShortLabel,
} from '../../src/lib/content/labels';
import { organisationSchema } from '../../src/lib/content/schemas';

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

describe('theme kinds in words', () => {
  it.each([
    ['disconnect', 'Year-one disconnect', 'Year-one disconnects', 'Disconnect', 'D3'],
    ['question', 'Year-two question', 'Year-two questions', 'Question', 'Q3'],
  ] as const)('%s: one, a group, a tag, a chart code', (kind, one, many, short, code) => {
    expect([themeKindLabel(kind), themeKindGroupLabel(kind), themeKindShortLabel(kind), themeCode(kind, 3)]).toEqual([
      one,
      many,
      short,
      code,
    ]);
  });
});

describe('originals in words', () => {
  it('names each kind of original as a noun a sentence can carry', () => {
    expect([originalKindNoun('blog-post'), originalKindNoun('news'), originalKindNoun('web-page')]).toEqual([
      'blog post',
      'news item',
      'web page',
    ]);
  });

  it('warns a reader when our copy holds less than the whole text', () => {
    expect(holdsLabel('full-text')).toBe('The whole text.');
    expect(holdsLabel('listing-only')).toMatch(
      /^Only the short teaser on a listing page\. We have not read the post itself/,
    );
  });
});

describe('groups of people and organisations', () => {
  it('lists the people index groups in the programme order', () => {
    expect(Object.values(PART_LABELS)).toEqual([
      'Staff of the two partners',
      'Year-one cohort',
      'Year-two cohort',
      'Rapporteurs',
      'Speakers at programme events',
      'This site',
    ]);
  });

  it('has words for every kind of organisation the schema allows, partners first', () => {
    expect(Object.keys(ORGANISATION_KIND_LABELS).sort()).toEqual([...organisationSchema.shape.kind.options].sort());
    expect(Object.values(ORGANISATION_KIND_LABELS)[0]).toBe('The partners');
  });
});

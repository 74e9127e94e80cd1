import { describe, expect, it } from 'vitest';
import { neighbours, relatedTo } from '../../src/lib/reading/related';
import { tableOfContents } from '../../src/lib/reading/toc';

describe('tableOfContents', () => {
  it('nests h3 under the h2 before it and leaves out h4 and the footnotes heading', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a-1', text: 'A.1' },
      { depth: 4, slug: 'a-1-x', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
      { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a-1', text: 'A.1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(tableOfContents([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
});

const item = (id: string, themes: string[], day: number) => ({ id, themes, date: new Date(Date.UTC(2014, 0, day)) });

describe('relatedTo', () => {
  const post = item('post', ['prevention', 'users'], 10);
  const others = [
    item('post', ['prevention'], 10),
    item('one-shared-old', ['prevention'], 1),
    item('two-shared', ['prevention', 'users'], 2),
    item('one-shared-new', ['users'], 20),
    item('none', ['churn'], 30),
  ];

  it('ranks by shared themes, then newest, never itself and never one with no shared theme', () => {
    expect(relatedTo(post, others, 5).map((other) => other.id)).toEqual([
      'two-shared',
      'one-shared-new',
      'one-shared-old',
    ]);
  });

  it('returns at most the limit', () => {
    expect(relatedTo(post, others, 1)).toHaveLength(1);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'newest' }, { id: 'middle' }, { id: 'oldest' }];
  it.each([
    ['newest', undefined, 'middle'],
    ['middle', 'newest', 'oldest'],
    ['oldest', 'middle', undefined],
  ])('%s has newer %s and older %s', (id, newer, older) => {
    const found = neighbours({ id }, list);
    expect(found.newer?.id).toBe(newer);
    expect(found.older?.id).toBe(older);
  });
});

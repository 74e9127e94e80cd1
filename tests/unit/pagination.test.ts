import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../src/lib/lists/pagination';

describe('pageLinks', () => {
  it('links every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('links the first, the last and two either side of the current page, with gaps', () => {
    expect(pageLinks(10, 50)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 50]);
    expect(pageLinks(1, 50)).toEqual([1, 2, 3, 'gap', 50]);
    expect(pageLinks(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
  });

  it('links a lone missing page instead of a gap', () => {
    expect(pageLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('links as many pages for a blog of 500 pages as for one of 50', () => {
    expect(pageLinks(250, 500)).toHaveLength(pageLinks(25, 50).length);
  });
});

import { describe, expect, it } from 'vitest';
import { writtenBy } from '../../src/lib/content/people';

const post = (id: string, ...authors: string[]) => ({
  id,
  data: { authors: authors.map((author) => ({ id: author })) },
});

describe('writtenBy', () => {
  const posts = [post('a', 'editors'), post('b', 'lucy-de-groot', 'editors'), post('c', 'lucy-de-groot')];

  it('keeps the posts a person wrote or co-wrote, in the order given', () => {
    expect(writtenBy('editors', posts).map((item) => item.id)).toEqual(['a', 'b']);
    expect(writtenBy('lucy-de-groot', posts).map((item) => item.id)).toEqual(['b', 'c']);
  });

  it('gives none for someone who wrote nothing', () => {
    expect(writtenBy('sir-jeremy-heywood', posts)).toEqual([]);
  });
});

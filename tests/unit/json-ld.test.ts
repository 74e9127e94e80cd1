import { describe, expect, it } from 'vitest';
import { blogPostingJsonLd, reportJsonLd, serializeJsonLd } from '../../src/lib/json-ld';

const input = {
  title: 'Year one',
  summary: 'What the first year found.',
  url: 'https://example.org/publications/year-one-report/',
  datePublished: '2013-11',
  authors: [] as string[],
};

describe('structured data', () => {
  it('gives a report with no named author the two partners as authors and publishers', () => {
    const data = reportJsonLd(input);
    expect(data).toMatchObject({ '@type': 'Report', name: 'Year one', headline: 'Year one', datePublished: '2013-11' });
    expect(data['author']).toEqual(data['publisher']);
    expect((data['author'] as { name: string }[]).map((organisation) => organisation.name)).toEqual([
      'Institute for Government',
      'Big Lottery Fund',
    ]);
  });

  it('names a post’s authors as people and the site as its publisher', () => {
    const data = blogPostingJsonLd({ ...input, authors: ['Pat Russell'] });
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      author: [{ '@type': 'Person', name: 'Pat Russell' }],
      publisher: { '@type': 'Organization' },
    });
    expect(data).not.toHaveProperty('name');
  });
});

describe('serializeJsonLd', () => {
  const hostile = {
    ...input,
    title: 'Year two: what changed</script><script>alert(1)</script>',
    summary: 'A line\u2028break and a paragraph\u2029break, <!-- a comment --> & an ampersand.',
    authors: ['Lucy de Groot</SCRIPT><img src=x onerror=alert(1)>'],
  };
  const text = serializeJsonLd(blogPostingJsonLd(hostile));

  it('leaves no character that could end the <script> block or a line in it', () => {
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('reads back as exactly the data that went in', () => {
    expect(JSON.parse(text)).toEqual(blogPostingJsonLd(hostile));
  });
});

import { describe, expect, it } from 'vitest';
import { blogPostingJsonLd, publicationAccountJsonLd, serializeJsonLd } from '../../src/lib/linked-data/json-ld';

const input = {
  title: 'Year one',
  summary: 'What the first year found.',
  url: 'https://example.org/publications/year-one-report/',
  datePublished: '2026-11-23',
  authors: [{ organisation: "The site's editors" }],
};

describe('structured data', () => {
  it('credits a publication page to the site’s editors, based on the report at its own precision', () => {
    const data = publicationAccountJsonLd({
      ...input,
      basedOn: { type: 'Report', name: 'Year one', datePublished: '2013-11', publisher: 'Institute for Government' },
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-11-23',
      author: [{ '@type': 'Organization', name: "The site's editors" }],
      isBasedOn: {
        '@type': 'Report',
        name: 'Year one',
        datePublished: '2013-11',
        publisher: { '@type': 'Organization', name: 'Institute for Government' },
      },
    });
  });

  it('names a person as a Person and leaves an unknown date out of isBasedOn', () => {
    const data = blogPostingJsonLd({
      ...input,
      authors: [{ person: 'Lucy de Groot' }],
      basedOn: { type: 'BlogPosting', author: { person: 'Helen Ryman' }, publisher: 'Institute for Government' },
    });
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      author: [{ '@type': 'Person', name: 'Lucy de Groot' }],
      publisher: { '@type': 'Organization' },
      isBasedOn: { '@type': 'BlogPosting', author: { '@type': 'Person', name: 'Helen Ryman' } },
    });
    expect(data['isBasedOn']).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('name');
  });
});

describe('serializeJsonLd', () => {
  const hostile = {
    ...input,
    title: 'Year two: what changed</script><script>alert(1)</script>',
    summary: 'A line\u2028break and a paragraph\u2029break, <!-- a comment --> & an ampersand.',
    authors: [{ person: 'Lucy de Groot</SCRIPT><img src=x onerror=alert(1)>' }],
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

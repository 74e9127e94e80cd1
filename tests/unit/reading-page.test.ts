import { describe, expect, test } from 'vitest';
import type { Post, Publication, Theme } from '../../src/lib/content/queries';
import { parsePartialDate } from '../../src/lib/dates/partial-date';
import { postReadingPage, publicationReadingPage } from '../../src/lib/reading/reading-page';

const published = parsePartialDate('2013-11');
if (!published) throw new Error('2013-11 is a month');
const theme = { id: 'silos', data: { label: 'Whole person vs silos' } } as unknown as Theme;
const headings = [{ depth: 2, slug: 'the-gap', text: 'The gap: what policy misses' }];

// Entries as Astro loads them, cut to the fields the reading page reads.
const report = {
  id: 'year-one-report',
  body: 'word '.repeat(460),
  data: {
    title: 'Connecting policy with practice',
    subtitle: 'Year one report',
    summary: 'What the first year of the programme found.',
    kind: 'annual-report',
    published,
    date: new Date('2024-05-01T00:00:00Z'),
    authors: [{ id: 'lucy-de-groot' }],
    sources: [],
    titleKnown: true,
    originalUrl: 'https://www.instituteforgovernment.org.uk/',
    publisher: 'Institute for Government',
  },
} as unknown as Publication;

const post = {
  id: 'lucy-de-groot-on-commissioning',
  body: 'A short post.',
  data: {
    title: 'Commissioning: what a year taught',
    summary: 'Lucy de Groot on what commissioning looks like from the other side.',
    date: new Date('2014-03-05T00:00:00Z'),
    authors: [{ id: 'lucy-de-groot' }, { id: 'editors' }],
    sources: [],
  },
} as unknown as Post;

describe('the reading page', () => {
  test('a publication is filed under Publications, with its authors and the account by the editors', () => {
    const page = publicationReadingPage(report, {
      authors: ['Lucy de Groot'],
      themes: [theme],
      headings,
      url: 'https://example.org/publications/year-one-report/',
    });
    expect(page.trail.map((crumb) => crumb.label)).toEqual(['Home', 'Publications']);
    expect(page.byline).toBe("By Lucy de Groot · Account: The site's editors, 1 May 2024");
    expect(page.dateLabel).toBe('Report published November 2013');
    expect(page.dateIso).toBe('2013-11');
    expect(page.searchType).toBe('publication');
    expect(page.image).toBe('/publications/year-one-report/card.png');
    expect(page.toc.map((item) => item.text)).toEqual(['The gap: what policy misses']);
    expect(page.jsonLd).toMatchObject({ url: 'https://example.org/publications/year-one-report/' });
  });

  test('a post is filed under Blog, by its authors, on the day it was published', () => {
    const page = postReadingPage(post, {
      authors: ['Lucy de Groot', "The site's editors"],
      citedAuthors: [{ person: 'Lucy de Groot' }, { organisation: "The site's editors" }],
      themes: [theme],
      headings: [],
      url: 'https://example.org/blog/lucy-de-groot-on-commissioning/',
    });
    expect(page.trail.map((crumb) => crumb.label)).toEqual(['Home', 'Blog']);
    expect(page.kindLabel).toBe('Blog post');
    expect(page.byline).toBe("By Lucy de Groot, The site's editors");
    expect(page.dateLabel).toBe('5 March 2014');
    expect(page.dateIso).toBe('2014-03-05');
    expect(page.authorIds).toEqual(['lucy-de-groot', 'editors']);
    expect(page.readingTime).toBe('1 minute to read');
    expect(page.imageAlt).toContain('Commissioning: what a year taught');
  });
});

import { describe, expect, it } from 'vitest';
import {
  jsonFeed,
  newestFirst,
  postFeedItem,
  publicationFeedItem,
  rssItem,
  themeFeedItems,
  type FeedItem,
} from '../../src/lib/feeds/feeds';
import { parsePartialDate } from '../../src/lib/dates/partial-date';

const SITE = 'https://example.org';

const post = (id: string, date: string, themes: string[]) => ({
  item: postFeedItem(
    { id, data: { title: `Post ${id}`, summary: `Summary of ${id}.`, date: new Date(`${date}T00:00:00Z`) } },
    ['Pat Russell'],
    themes,
    SITE,
  ),
  themeIds: themes,
});

const yearOne = publicationFeedItem(
  {
    id: 'year-one',
    data: {
      title: 'Year one',
      subtitle: 'What we found',
      summary: 'The first report.',
      published: parsePartialDate('2013-11')!,
      date: new Date('2026-11-23T00:00:00Z'),
    },
  },
  [],
  ['Whole person vs silos'],
  SITE,
);

describe('feed items', () => {
  it('dates a publication by the day the site published its account, never an unknown day of the report', () => {
    expect(yearOne).toMatchObject({
      url: 'https://example.org/publications/year-one/',
      title: 'Year one: What we found',
      summary: 'Our account of a publication of November 2013. The first report.',
      date: new Date('2026-11-23T00:00:00Z'),
    });
  });

  it('puts the newest first, and items of one day in title order', () => {
    const items = [post('b', '2014-01-01', []), post('a', '2014-01-01', []), post('c', '2015-01-01', [])];
    expect(newestFirst(items.map((entry) => entry.item)).map((item) => item.title)).toEqual([
      'Post c',
      'Post a',
      'Post b',
    ]);
  });

  it('hands @astrojs/rss the absolute link, the date and the theme labels', () => {
    expect(rssItem(post('a', '2014-01-01', ['Whole person vs silos']).item)).toEqual({
      title: 'Post a',
      link: 'https://example.org/blog/a/',
      description: 'Summary of a.',
      pubDate: new Date('2014-01-01T00:00:00Z'),
      categories: ['Whole person vs silos'],
    });
  });
});

describe('theme feeds', () => {
  const publications = [
    {
      item: yearOne,
      themeIds: ['whole-person', 'prevention'],
      sections: [
        { sectionId: 'whole-person-versus-silos', heading: 'Whole person versus silos', themeIds: ['whole-person'] },
      ],
    },
  ];
  const posts = [post('on-theme', '2014-05-01', ['whole-person']), post('off-theme', '2014-06-01', ['other'])];

  it.each([
    ['whole-person', ['Whole person versus silos (in Year one: What we found)', 'Post on-theme']],
    // The publication names the theme but has no section on it: the whole publication stands in.
    ['prevention', ['Year one: What we found']],
    ['other', ['Post off-theme']],
    ['nobody', []],
  ])('the feed of %s lists only what carries it, newest first', (themeId, titles) => {
    const items = themeFeedItems(themeId, 'Label', posts, publications);
    expect(items.map((item) => item.title)).toEqual(titles);
  });

  it('links a section at its anchor', () => {
    const [section] = themeFeedItems('whole-person', 'Whole person vs silos', posts, publications);
    expect(section?.url).toBe('https://example.org/publications/year-one/#whole-person-versus-silos');
    expect(section?.kind).toBe('section');
  });
});

describe('JSON Feed', () => {
  const items: FeedItem[] = [post('a', '2014-01-01', ['Theme']).item, yearOne];
  const feed = jsonFeed(
    {
      title: 'Site',
      description: 'All of it.',
      homePageUrl: 'https://example.org/',
      feedUrl: 'https://example.org/feed.json',
      language: 'en-GB',
    },
    items,
  );

  it('declares version 1.1 and gives every item an id, a text and an RFC 3339 date', () => {
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    const [first, second] = feed['items'] as Record<string, unknown>[];
    expect(first).toEqual({
      id: 'https://example.org/blog/a/',
      url: 'https://example.org/blog/a/',
      title: 'Post a',
      content_text: 'Summary of a.',
      summary: 'Summary of a.',
      date_published: '2014-01-01T00:00:00.000Z',
      authors: [{ name: 'Pat Russell' }],
      tags: ['Theme'],
    });
    // No named author: the field is left out rather than empty.
    expect(second).not.toHaveProperty('authors');
  });
});

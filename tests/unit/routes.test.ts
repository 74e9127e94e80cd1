import { describe, expect, test } from 'vitest';
import {
  LIST_HREFS,
  chartDataHref,
  citationFilesBase,
  pageCardHref,
  personHref,
  personPostsHref,
  postHref,
  postsPageHref,
  publicationHref,
  publicationPdfHref,
  themeFeedHref,
  themeHref,
  themePostsHref,
} from '../../src/lib/routes';

describe('the addresses of the site', () => {
  test.each([
    ['a post', postHref('lucy-de-groot-on-place'), '/blog/lucy-de-groot-on-place/'],
    ['the first page of posts is the list itself', postsPageHref(1), '/blog/'],
    ['a later page of posts', postsPageHref(12), '/blog/12/'],
    ['a publication', publicationHref('year-two-report'), '/publications/year-two-report/'],
    [
      'a publication section',
      publicationHref('year-two-report', 'question-one'),
      '/publications/year-two-report/#question-one',
    ],
    ['a publication PDF', publicationPdfHref('launch-paper'), '/publications/launch-paper/launch-paper.pdf'],
    ['a theme', themeHref('evidence'), '/themes/evidence/'],
    ["a theme's posts", themePostsHref('evidence'), '/themes/evidence/posts/'],
    ["a theme's feed", themeFeedHref('evidence'), '/themes/evidence/rss.xml'],
    ['a person', personHref('lucy-de-groot'), '/people/lucy-de-groot/'],
    ["a person's posts", personPostsHref('lucy-de-groot'), '/people/lucy-de-groot/posts/'],
    ["a post's citation files", citationFilesBase('post', 'a-post'), '/blog/a-post/cite'],
    [
      "a publication's citation files",
      citationFilesBase('publication', 'year-one-report'),
      '/publications/year-one-report/cite',
    ],
    ['a page card', pageCardHref('home'), '/cards/home.png'],
    ["a chart's data", chartDataHref('coverage', 'csv'), '/data/coverage.csv'],
  ])('%s', (_name, href, expected) => {
    expect(href).toBe(expected);
  });

  test('every list page ends in a slash, as the build writes it', () => {
    for (const href of Object.values(LIST_HREFS)) expect(href).toMatch(/\/$/);
  });
});

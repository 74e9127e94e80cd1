import { describe, expect, test } from 'vitest';
import { pageCardFor, pageCardPath, pageShareCard } from '../../src/lib/share-cards/page-cards';
import { shareCardAlt } from '../../src/lib/share-cards/share-card';

describe('the share cards of the home page, the list pages and search', () => {
  test.each([
    ['/', 'home'],
    ['/publications/', 'publications'],
    ['/blog/', 'blog'],
    ['/blog/2/', 'blog'],
    ['/themes/', 'themes'],
    ['/people/', 'people'],
    ['/people/3/', 'people'],
    ['/search/', 'search'],
  ])('%s has the %s card', (path, card) => {
    expect(pageCardFor(path)).toBe(card);
  });

  test.each([
    ['/blog/mind-the-gap-end-of-year-two/'],
    ['/people/lucy-de-groot/'],
    ['/themes/policy-churn/'],
    ['/about/'],
  ])('%s is not given a list page’s card', (path) => {
    expect(pageCardFor(path)).toBeUndefined();
  });

  test('a card has an address and an alternative text in reading order', () => {
    expect(pageCardPath('home')).toBe('/cards/home.png');
    expect(shareCardAlt(pageShareCard('people'))).toBe(
      'People from Connecting Policy with Practice: The people the sources name, with their roles at the time. 2013–2015.',
    );
  });
});

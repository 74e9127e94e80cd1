/**
 * The pages of the pinned fixture site, one of each type: their headings, landmarks and the ways
 * they lead on (contents, previous and next, related posts, citations, the way back from a 404).
 */
import { expect, test } from '@playwright/test';
import { PAGE_OF_EACH_TYPE, POSTS, PUBLICATIONS } from './support/fixture-site';

/** The one h1 of each page type in the fixture. */
const H1: Record<keyof typeof PAGE_OF_EACH_TYPE, string> = {
  home: 'Connecting Policy with Practice',
  publications: 'Publications',
  publication: PUBLICATIONS[2]!.title,
  blog: 'Blog',
  post: POSTS[0]!.title,
  themes: 'Themes',
  theme: 'Whole person versus silos',
  people: 'People',
  person: 'Lucy de Groot',
  about: 'About the programme',
  accessibility: 'Accessibility statement',
  search: 'Search the findings',
  notFound: 'Page not found',
};

for (const [type, path] of Object.entries(PAGE_OF_EACH_TYPE) as [keyof typeof PAGE_OF_EACH_TYPE, string][]) {
  test(`the ${type} page (${path}) has exactly one h1, a skip link and the main navigation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(H1[type]);
    // The window title starts with the h1 (the search page's is shorter: "Search | …").
    const title = type === 'search' ? 'Search' : H1[type];
    await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    // The skip link is the first thing a keyboard reaches, and it leads to the main region.
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toHaveAttribute('href', `#${await page.getByRole('main').getAttribute('id')}`);
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link')).toHaveText(['Publications', 'Themes', 'Blog', 'People', 'About']);
    const hrefs = await navigation
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(['/publications/', '/themes/', '/blog/', '/people/', '/about/']);
    await expect(page.getByRole('search')).toBeVisible();
  });
}

test('each contents link of a publication names its heading and scrolls to it', async ({ page }) => {
  const { path, contents } = PUBLICATIONS[2]!;
  await page.goto(path);
  const links = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
  await expect(links).toHaveText(contents.map((section) => section.heading));
  for (const [index, { id, heading }] of contents.entries()) {
    const link = links.nth(index);
    await expect(link).toHaveAttribute('href', `#${id}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${path}#${id}$`));
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toHaveText(heading);
    await expect(target).toBeInViewport();
  }
});

test('a publication shows its summary, its sources and a way to cite it', async ({ page }) => {
  const { path, title } = PUBLICATIONS[2]!;
  await page.goto(path);
  await expect(page.getByText('Summary', { exact: true })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'The report on the second year. It took two of the five disconnects, turned them into questions, and gave four pointers for improvement on each.',
  );
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(6);
  await expect(sources.getByRole('listitem').first()).toContainText(title);
  await page.getByText('Cite this page').click();
  // Themed sections have their own "Cite this section" panels: look inside the page's own.
  const citePage = page.locator('details[open]', { has: page.getByText('Cite this page') });
  await expect(citePage.getByText('APA', { exact: true })).toBeVisible();
  // The corporate author stays whole, with its typographic apostrophe, and the colon in the title survives.
  await expect(citePage).toContainText(
    `The site’s editors. (2026, November 23). ${title}: Report on the second year (March 2015) [Summary]. ` +
      'Connecting Policy with Practice Findings Site. https://connecting-policy-with-practice.github.io/publications/year-two-report/',
  );
  await expect(citePage.getByRole('link', { name: 'BibTeX (.bib)' })).toHaveAttribute('href', `${path}cite.bib`);
  await expect(citePage.getByRole('link', { name: 'RIS (.ris)' })).toHaveAttribute('href', `${path}cite.ris`);
});

test('a post links to the next post in time and to posts on the same themes', async ({ page }) => {
  // "A doctor at the Department for Work and Pensions" sits between two posts, and shares both its
  // themes with three others.
  await page.goto('/blog/');
  await page.getByRole('main').getByRole('link', { name: POSTS[1]!.title }).click();
  await expect(page).toHaveURL(new RegExp(`${POSTS[1]!.path}$`));
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Blog' })).toBeVisible();
  const prevNext = page.getByRole('navigation', { name: 'Previous and next' });
  await expect(prevNext.getByRole('link', { name: new RegExp(POSTS[0]!.title) })).toHaveAttribute(
    'href',
    POSTS[0]!.path,
  );
  await expect(prevNext.getByRole('link', { name: new RegExp(POSTS[2]!.title) })).toHaveAttribute(
    'href',
    POSTS[2]!.path,
  );
  await expect(prevNext.getByRole('link')).toHaveCount(2);
  const related = page.getByRole('complementary', { name: 'Related posts' }).getByRole('link');
  await expect(related).toHaveText([POSTS[0]!.title, POSTS[2]!.title, POSTS[3]!.title]);

  // The newest post has only an older one.
  await page.goto(POSTS[0]!.path);
  await expect(prevNext.getByRole('link')).toHaveCount(1);
  await expect(prevNext.getByRole('link')).toHaveAttribute('href', POSTS[1]!.path);
});

test('the 404 page offers ways back into the site', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const back = page.getByRole('main').getByRole('link', { name: 'search the findings' });
  await back.click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the findings');
});

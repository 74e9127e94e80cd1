import { expect, test } from '@playwright/test';
import { pageOfEachType } from '../../scripts/lib/built-site';

const pages = pageOfEachType();

for (const [type, path] of Object.entries(pages)) {
  test(`the ${type} page (${path}) has exactly one h1, a skip link and the main navigation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Publications' }),
    ).toBeVisible();
    await expect(page.getByRole('search')).toBeVisible();
  });
}

test('each contents link of a publication scrolls to its heading', async ({ page }) => {
  await page.goto(pages['publication']!);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const links = contents.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(1);
  for (let index = 0; index < count; index++) {
    const link = links.nth(index);
    const target = ((await link.getAttribute('href')) ?? '').slice(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${target}$`));
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  }
});

test('a publication shows its summary, its sources and a way to cite it', async ({ page }) => {
  await page.goto(pages['publication']!);
  await expect(page.getByText('Summary', { exact: true })).toBeVisible();
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem').first()).toBeVisible();
  await page.getByText('Cite this page').click();
  // Themed sections have their own "Cite this section" panels: look inside the page's own.
  const citePage = page.locator('details[open]', { has: page.getByText('Cite this page') });
  await expect(citePage.getByText('APA', { exact: true })).toBeVisible();
  await expect(citePage.getByRole('link', { name: 'BibTeX (.bib)' })).toBeVisible();
});

test('a post links to the next post in time and to posts on the same themes', async ({ page }) => {
  await page.goto('/blog/');
  const firstPost = page.getByRole('main').getByRole('article').first().getByRole('link').first();
  await firstPost.click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Blog' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Previous and next' })).toBeVisible();
});

test('the 404 page offers ways back into the site', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'search the findings' })).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { PUBLICATIONS, SEARCH } from './support/fixture-site';

/** The search page's own field (the header has another). */
const queryField = (page: Page) => page.getByRole('searchbox', { name: 'Words to search for' });
const status = (page: Page) => page.getByRole('status');
const resultList = (page: Page) =>
  page
    .getByRole('list')
    .filter({ has: page.locator('.result') })
    .first();

/** How many results the status line announces (the list shows only the first of them). */
async function resultCount(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? '';
  const count = /^(\d+) results?\b/.exec(text)?.[1];
  if (count === undefined) throw new Error(`The status line gives no count of results: “${text}”.`);
  return Number(count);
}

/** The pages the results on screen lead to, without the highlight parameter. */
async function resultPages(page: Page): Promise<string[]> {
  const links = page.getByRole('heading', { level: 3 }).getByRole('link');
  return (
    await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  ).sort();
}

/**
 * The link to a section among the first three section links of the results. The status line is
 * announced before the results' text has arrived, so this waits (within the expect timeout) for
 * the sub-results to be drawn rather than reading them once.
 */
async function sectionLinkAmongFirstThree(page: Page, target: string, sectionId: string): Promise<string> {
  const sectionLinks = page.getByRole('list', { name: /^Matching sections of/ }).getByRole('link');
  let firstThree: string[] = [];
  await expect
    .poll(
      async () => {
        firstThree = (
          await sectionLinks.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
        ).slice(0, 3);
        return firstThree.some((href) => href.includes(target) && href.endsWith(`#${sectionId}`));
      },
      { message: `a link to ${target}#${sectionId} among the first three section links` },
    )
    .toBe(true);
  return firstThree.find((href) => href.includes(target) && href.endsWith(`#${sectionId}`))!;
}

test('a word only one disconnect section uses leads, by keyboard, to that section with the word marked', async ({
  page,
}) => {
  const { word, page: target, sectionId } = SEARCH.sectionWord;
  await page.goto('/search/');
  await queryField(page).pressSequentially(word);
  await expect(status(page)).toContainText(`for “${word}”`);
  const expected = await sectionLinkAmongFirstThree(page, target, sectionId);

  await page.locator(`a[href="${new URL(expected).pathname}${new URL(expected).search}#${sectionId}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}\\?highlight=.*#${sectionId}$`));
  await expect(page.locator(`[id="${sectionId}"]`)).toBeInViewport();
  await expect(
    page
      .locator('[data-pagefind-body] mark')
      .filter({ hasText: new RegExp(word, 'i') })
      .first(),
  ).toBeVisible();
});

test('a question-like phrase around that word still leads to its section', async ({ page }) => {
  const { word, page: target, sectionId } = SEARCH.sectionWord;
  const question = `What happened when people were ${word}?`;
  await page.goto(`/search/?q=${encodeURIComponent(question)}`);
  await expect(status(page)).toContainText('results for “What happened');
  // Only the publication holds every word; its sections shown are those of the unusual word, not
  // those of the question's common words ("people").
  const first = page.locator('[data-search-list] > li').first();
  await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute(
    'href',
    new RegExp(`^${target}`),
  );
  const sectionLinks = first.getByRole('list', { name: /^Matching sections of/ }).getByRole('link');
  await expect(sectionLinks.first()).toHaveAttribute('href', new RegExp(`^${target}.*#${sectionId}$`));
});

test('every section heading of a publication is reachable as its own sub-result', async ({ page }) => {
  const headings = PUBLICATIONS.flatMap(({ path, contents }) =>
    contents.map(({ id, heading }) => ({ page: path, id, text: heading })),
  );
  expect(headings).toHaveLength(21);
  await page.goto('/search/');
  const unreachable = await page.evaluate(async (list) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as {
      search: (text: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
    };
    const missing: string[] = [];
    for (const { page: path, id, text } of list) {
      const response = await pagefind.search(text);
      const fragments = await Promise.all(
        response.results.map((result: { data: () => Promise<unknown> }) => result.data()),
      );
      const found = (fragments as { url: string; sub_results: { url: string }[] }[]).some(
        (fragment) => fragment.url.startsWith(path) && fragment.sub_results.some((sub) => sub.url.endsWith(`#${id}`)),
      );
      if (!found) missing.push(`${path}#${id} (“${text}”)`);
    }
    return missing;
  }, headings);
  expect(unreachable).toEqual([]);
});

test('a theme filter narrows the results and survives a reload', async ({ page }) => {
  const { themeId, word } = SEARCH.themeWord;
  const tagged: readonly string[] = SEARCH.pagesWithTheme;
  await page.goto(`/search/?q=${word}`);
  await expect(status(page)).toContainText(`for “${word}”`);
  const before = await resultCount(page);

  const checkbox = page.getByRole('group', { name: 'Theme' }).locator(`input[value="${themeId}"]`);
  await checkbox.check();
  await expect(status(page)).toContainText('with 1 filter');
  await expect(page).toHaveURL(new RegExp(`[?&]theme=${themeId}`));
  expect(await resultCount(page), `some of the ${before} results for “${word}” lie outside the theme`).toBeLessThan(
    before,
  );
  const after = await resultPages(page);
  // Every page filed under the theme uses the word, so the filter leaves exactly those.
  expect(after, `the results for “${word}” on ${themeId}`).toEqual([...tagged].sort());

  await page.reload();
  await expect(status(page)).toContainText('with 1 filter');
  await expect(checkbox).toBeChecked();
  await expect(queryField(page)).toHaveValue(word);
  expect(await resultPages(page)).toEqual(after);

  await page.goBack();
  await expect(checkbox).not.toBeChecked();
  await expect(status(page)).not.toContainText('filter');
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/search/');
  await queryField(page).fill('zqxjvwk');
  await expect(status(page)).toHaveText('No results for “zqxjvwk”. Try fewer or other words.');
  await expect(resultList(page)).toHaveCount(0);
});

test('the back button restores the previous search', async ({ page }) => {
  await page.goto('/search/');
  await queryField(page).fill('zqxjvwk');
  await queryField(page).press('Enter');
  await expect(status(page)).toContainText('zqxjvwk');
  await queryField(page).fill('qqzzyy');
  await queryField(page).press('Enter');
  await expect(status(page)).toContainText('qqzzyy');
  await page.goBack();
  await expect(queryField(page)).toHaveValue('zqxjvwk');
  await expect(status(page)).toContainText('zqxjvwk');
});

test('/ focuses the search field from anywhere, but not while typing', async ({ page }) => {
  await page.goto(PUBLICATIONS[0]!.path);
  await page.keyboard.press('/');
  const header = page.getByRole('searchbox', { name: 'Search the findings' });
  await expect(header).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(header).toHaveValue('a/b');

  await page.goto('/search/');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(queryField(page)).toBeFocused();
});

test('Pagefind loads only when the reader searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  await expect(queryField(page)).toBeVisible();
  expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await queryField(page).fill('zqxjvwk');
  await expect(status(page)).toContainText('No results');
  expect(requests).toContain('/pagefind/pagefind.js');
});

test('when the search bundle cannot load, the page says so and offers the browse routes', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto('/search/?q=policy');
  await expect(page.getByText('Search could not load.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'the themes' })).toBeVisible();
});

test('the results pass axe in light and dark', async ({ page }) => {
  const { word } = SEARCH.themeWord;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/search/?q=${word}`);
    await expect(status(page)).toContainText(`for “${word}”`);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form leads to the search page, which offers the browse routes', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('searchbox', { name: 'Search the findings' });
    await header.fill('whole person');
    await header.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=whole\+person$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    for (const name of ['the themes', 'the publications', 'the blog']) {
      await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
    }
    await expect(queryField(page)).toBeHidden();
  });
});

/**
 * With JavaScript off, every page still reads: its one h1, the text of its main region, its charts
 * as SVG, and navigation whose links lead to pages that exist.
 */
import { expect, test } from '@playwright/test';
import { pageGroups } from '../support/sweep';

test.use({ javaScriptEnabled: false });

/** Fewest characters of text, besides the h1, that count as a page having something to read. */
const LEAST_MAIN_TEXT = 40;

/** Navigation links already found to work, so each is fetched once per group. */
const workingLinks = new Set<string>();

for (const { label, paths } of pageGroups()) {
  test(`every page reads and navigates without JavaScript: ${label}`, async ({ page, request }) => {
    test.setTimeout(10_000 * paths.length);
    for (const path of paths) {
      await page.goto(path);
      await expect.soft(page.getByRole('heading', { level: 1 }), `${path}: exactly one visible h1`).toHaveCount(1);
      await expect.soft(page.locator('h1').first(), `${path}: its h1 is visible`).toBeVisible({ timeout: 1000 });

      const main = page.getByRole('main');
      const mainText = await main.evaluate((region) => {
        const heading = region.querySelector('h1')?.textContent ?? '';
        return (region as HTMLElement).innerText.replace(heading, '').trim();
      });
      expect
        .soft(mainText.length, `${path}: the main region has text to read besides its h1`)
        .toBeGreaterThan(LEAST_MAIN_TEXT);

      const figures = main.locator('figure');
      for (let index = 0; index < (await figures.count()); index++) {
        const figure = figures.nth(index);
        await expect.soft(figure, `${path}: figure ${index + 1} is visible`).toBeVisible();
        // A chart is drawn in a compact and a wide view, and a container query shows the one that
        // fits: every figure must show at least one, and each shown one must have a size.
        const charts = figure.locator('svg:visible');
        expect.soft(await charts.count(), `${path}: figure ${index + 1} shows a chart`).toBeGreaterThan(0);
        for (let chart = 0; chart < (await charts.count()); chart++) {
          const box = await charts.nth(chart).boundingBox();
          expect
            .soft(box && box.width * box.height, `${path}: chart ${chart + 1} of figure ${index + 1} has a size`)
            .toBeGreaterThan(0);
        }
      }

      const navigation = page.getByRole('navigation', { name: 'Main' });
      await expect.soft(navigation.getByRole('link').first(), `${path}: the main navigation shows`).toBeVisible();
      const hrefs = await page
        .getByRole('navigation')
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs.filter((candidate) => !workingLinks.has(candidate.split('#')[0] ?? ''))) {
        const response = await request.get(href);
        expect.soft(response.status(), `${path}: its navigation link ${href} works`).toBe(200);
        workingLinks.add(href.split('#')[0] ?? '');
      }
    }
  });
}

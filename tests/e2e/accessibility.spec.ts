import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { pageOfEachType } from './support/site';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [type, path] of Object.entries(pageOfEachType())) {
      test(`axe finds no WCAG 2.2 AA violation on the ${type} page`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

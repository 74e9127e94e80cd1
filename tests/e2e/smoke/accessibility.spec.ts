/** axe finds no WCAG 2.0, 2.1 or 2.2 A or AA violation on any built page, in light or dark mode. */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { pageGroups } from '../support/sweep';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const { label, paths } of pageGroups()) {
      test(`axe finds no WCAG 2.2 AA violation on ${label}`, async ({ page }) => {
        test.setTimeout(15_000 * paths.length);
        for (const path of paths) {
          await page.goto(path);
          const violations = await axeViolations(page);
          expect.soft(violations, `axe on ${path} in ${colorScheme} mode:\n${violations.join('\n')}`).toEqual([]);
        }
      });
    }
  });
}

/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels no page scrolls sideways, with or without JavaScript (the
 * charts' compact layout, the one-bar header, long words and addresses all have to fit).
 */
import { expect, test } from '@playwright/test';
import { pageGroups } from '../support/sweep';

test.use({ viewport: { width: 320, height: 640 } });

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });
    for (const { label, paths } of pageGroups()) {
      test(`no page scrolls sideways at 320 px: ${label}`, async ({ page }) => {
        test.setTimeout(5_000 * paths.length);
        for (const path of paths) {
          await page.goto(path);
          const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
          expect.soft(width, `${path} is ${width} px wide at a 320 px viewport`).toBeLessThanOrEqual(320);
        }
      });
    }
  });
}

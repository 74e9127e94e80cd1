/**
 * Visual regression: full-page screenshots of one page of each kind readers meet most (home, a
 * publication, a post, a theme, search results, the charts of the themes overview) at 320, 768 and
 * 1280 px, light and dark, compared with the committed baselines in visual.spec.ts-snapshots/.
 *
 * Baselines hold only for the browser that drew them, so its major version is recorded beside them
 * (browser-version.txt) and a different one fails with instructions instead of a wall of pixel diffs.
 * The site's own fonts (self-hosted Noto Sans) are awaited; animations and the caret are off.
 *
 * To make new baselines after a deliberate change (or a new Chromium), build the site, then run
 *   npx playwright test tests/e2e/visual.spec.ts --update-snapshots
 * and look at every changed PNG before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { firstPage } from '../../scripts/lib/built-site';

const VERSION_FILE = join(dirname(fileURLToPath(import.meta.url)), 'visual.spec.ts-snapshots', 'browser-version.txt');
const WIDTHS = [320, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  { name: 'publication', path: firstPage('/publications/') },
  { name: 'post', path: firstPage('/blog/') },
  { name: 'theme', path: firstPage('/themes/') },
  {
    name: 'search-results',
    path: '/search/?q=policy',
    ready: async (page) => {
      await expect(page.getByRole('status')).toContainText(/\d+ results? for/, { timeout: 15_000 });
    },
  },
  { name: 'charts', path: '/themes/' },
];

test.use({ reducedMotion: 'reduce' });

test.beforeAll(async ({ browser }, testInfo) => {
  const major = browser.version().split('.')[0] ?? '';
  const updating = testInfo.config.updateSnapshots === 'all' || testInfo.config.updateSnapshots === 'changed';
  if (updating) {
    mkdirSync(dirname(VERSION_FILE), { recursive: true });
    writeFileSync(VERSION_FILE, `${major}\n`);
    return;
  }
  const recorded = existsSync(VERSION_FILE) ? readFileSync(VERSION_FILE, 'utf8').trim() : '';
  if (recorded !== major) {
    throw new Error(
      `The visual baselines were drawn by Chromium ${recorded || '(none recorded)'}, but this run uses Chromium ${major} ` +
        `(${browser.version()}). Pixels differ between browser versions, so the comparison would mean nothing. ` +
        'Either run the tests with the Chromium the baselines were made with (set CHROMIUM_PATH), or make new ' +
        'baselines: npm run build && npx playwright test tests/e2e/visual.spec.ts --update-snapshots, then check ' +
        'the changed PNGs and commit them with visual.spec.ts-snapshots/browser-version.txt.',
    );
  }
});

for (const { name, path, ready } of PAGES) {
  for (const colorScheme of SCHEMES) {
    for (const width of WIDTHS) {
      test(`${name} looks as it did, at ${width} px in ${colorScheme} mode`, async ({ page }) => {
        // Two stable full-page shots of a long page, then the comparison: slow on a busy machine.
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await ready?.(page);
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans"')), 'Noto Sans has loaded').toBe(true);
        await expect(page).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, {
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
          maxDiffPixelRatio: 0.002,
          // A full-page shot of a long page on a busy 2-core machine takes more than the default 5 s.
          timeout: 30_000,
        });
      });
    }
  }
}

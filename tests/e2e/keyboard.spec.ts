/**
 * A keyboard user can use a publication page: the first Tab offers the skip link, which moves focus
 * to the main content; every focused control shows where focus is; Tab reaches every control.
 */
import { expect, test, type Page } from '@playwright/test';
import { firstPage } from '../../scripts/lib/built-site';

const publication = firstPage('/publications/');

test('the first Tab shows the skip link, and Enter moves focus to the main content', async ({ page }) => {
  await page.goto(publication);
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink, 'the first Tab focuses the skip link').toBeFocused();
  await expect(skipLink, 'the focused skip link is on screen').toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main'), 'the skip link moves focus to the main region').toBeFocused();
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
  expect(inMain, 'the next Tab lands on a control inside the main region').toBe(true);
});

/**
 * Controls a keyboard user must be able to reach: every visible, enabled link and form control, even
 * one a `tabindex="-1"` takes out of the tab order (that is the fault this test looks for).
 */
const INTERACTIVE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'details > summary:first-of-type',
  'iframe',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** Marks each reachable control with a number and returns their descriptions, in document order. */
async function markControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => !element.closest('[inert]') && element.checkVisibility({ visibilityProperty: true }),
    );
    return controls.map((element, index) => {
      element.dataset['keyboardTest'] = String(index);
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ');
      return `<${element.localName}${element.getAttribute('href') ? ` href="${element.getAttribute('href')}"` : ''}> "${name.slice(0, 40)}"`;
    });
  }, INTERACTIVE);
}

/** Where focus is now and whether it shows: its mark, and what is wrong with its focus indicator. */
async function focusState(page: Page): Promise<{ mark: string | undefined; tag: string; problems: string[] }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { mark: undefined, tag: 'body', problems: [] };
    const style = getComputedStyle(element);
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const problems: string[] = [];
    if (!outline && style.boxShadow === 'none') problems.push('shows no outline or box-shadow when focused');
    if (!element.matches(':focus-visible')) problems.push('does not match :focus-visible');
    const box = element.getBoundingClientRect();
    const onScreen = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    if (!onScreen) problems.push('is off screen when focused');
    return { mark: element.dataset['keyboardTest'], tag: element.outerHTML.slice(0, 80), problems };
  });
}

test.describe('with reduced motion', () => {
  // Without smooth scrolling, a control is already on screen when it takes focus, so it can be checked at once.
  test.use({ reducedMotion: 'reduce' });

  test('Tab reaches every control of a publication page, and each shows that it has focus', async ({ page }) => {
    await page.goto(publication);
    const controls = await markControls(page);
    expect(controls.length, 'the page has controls to reach').toBeGreaterThan(5);
    const reached = new Set<string>();
    const problems: string[] = [];
    for (let step = 0; step < controls.length + 20; step++) {
      await page.keyboard.press('Tab');
      const { mark, tag, problems: focusProblems } = await focusState(page);
      if (tag === 'body' && step > 0) break;
      if (mark !== undefined) reached.add(mark);
      problems.push(
        ...focusProblems.map((problem) => `${mark === undefined ? tag : controls[Number(mark)]} ${problem}`),
      );
    }
    const missed = controls.filter((_, index) => !reached.has(String(index)));
    expect(missed, `Tab never reaches these controls on ${publication}:\n${missed.join('\n')}`).toEqual([]);
    expect(problems, `focus problems on ${publication}:\n${problems.join('\n')}`).toEqual([]);
  });
});

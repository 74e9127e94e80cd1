/**
 * The sanitizer's output in a real browser, with no Content-Security-Policy to help: each hostile
 * post the gate refuses is run through the sanitizer alone (as if the gate were bypassed), put in a
 * page, and must stay inert: no dialog, no script, no navigation, no request to another origin.
 */
import { expect, test } from '@playwright/test';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { sanitizePostTree } from '../../src/lib/post-format/sanitize';
import { HOSTILE_POSTS } from '../security/hostile-posts';

const ORIGIN = 'http://hostile-post.test';
const MARKUP = HOSTILE_POSTS.filter((post) => post.markup);

test('the sanitized hostile markup is inert in the browser', async ({ page }) => {
  test.setTimeout(MARKUP.length * 5_000);
  let events: string[] = [];
  let html = '';
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`${ORIGIN}/`)) events.push(`request: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (!frame.url().startsWith(`${ORIGIN}/post/`)) events.push(`navigation: ${frame.url()}`);
  });
  await page.route('**/*', (route) =>
    route.request().url().startsWith(`${ORIGIN}/post/`)
      ? route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body><main>${html}</main><p id="end">The end of the post.</p></body></html>`,
        })
      : route.abort(),
  );

  for (const post of MARKUP) {
    await test.step(post.name, async () => {
      events = [];
      html = toHtml(sanitizePostTree(mdxToHast(post.body)));
      const address = `${ORIGIN}/post/${post.name}`;
      await page.goto(address);
      // What a reader does: point at and click everything, and follow every link that stays on the
      // page (a link to another website is a reader's own choice, so it is not followed here).
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('main *'))
          for (const type of ['mouseover', 'mouseenter', 'focus', ...(element.closest('a') ? [] : ['click'])])
            element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      });
      for (const link of await page.locator('main a[href]').all()) {
        const href = (await link.getAttribute('href')) ?? '';
        if (!/^https?:|^mailto:/i.test(href)) await link.click();
      }
      await page.waitForTimeout(100);
      expect(page.url().split('#')[0], post.name).toBe(address);
      await expect(page.locator('#end')).toBeVisible();
      const active = 'script, iframe, object, embed, meta[http-equiv], base, form, svg, math, [srcdoc], [ping]';
      expect(await page.locator(active).count(), post.name).toBe(0);
      expect(events, post.name).toEqual([]);
    });
  }
});

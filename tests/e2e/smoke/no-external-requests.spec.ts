/**
 * No page asks another origin for anything (fonts, scripts, styles, images, analytics): a reader's
 * visit is known to this site alone. Checked in the browser, and in the built files for references
 * a browser would only follow later (lazy images, print styles).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { attributeAt, attributeOf, builtDocuments } from '../support/built-html';
import { DIST } from '../../../scripts/lib/built-site';
import { pageGroups } from '../support/sweep';

for (const { label, paths } of pageGroups()) {
  test(`no page requests anything from another origin: ${label}`, async ({ page, baseURL }) => {
    test.setTimeout(10_000 * paths.length);
    // The host, not the origin: a websocket to the site itself (ws://) stays on the site.
    const ownHost = new URL(baseURL ?? 'http://127.0.0.1').host;
    const elsewhere: string[] = [];
    const record = (url: string) => {
      if (!/^(?:data|blob|about):/.test(url) && new URL(url).host !== ownHost) elsewhere.push(url);
    };
    page.on('request', (request) => record(request.url()));
    page.on('websocket', (socket) => record(socket.url()));
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'networkidle' });
      // Lazy images and anything a scroll triggers load too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect.soft(elsewhere.splice(0), `requests to other origins from ${path}`).toEqual([]);
    }
  });
}

/** Elements whose URL attribute the browser fetches by itself, without the reader clicking. */
const FETCHED = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['video[poster]', 'poster'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['image[href]', 'href'],
  ['link[href]', 'href'],
] as const;

const OTHER_ORIGIN = /(?:^|[\s,])(?:https?:)?\/\/[^\s,]+/i;

/** `<link>` kinds that only name a page (the canonical address, the feed), which the browser never fetches. */
const NAMING_LINKS = new Set([
  'canonical',
  'alternate',
  'sitemap',
  'author',
  'license',
  'me',
  'next',
  'prev',
  'search',
]);

test('no built page or stylesheet refers the browser to another origin', async () => {
  const problems: string[] = [];
  for (const document of await builtDocuments()) {
    for (const [selector, attribute] of FETCHED) {
      for (const element of document.root.querySelectorAll(selector)) {
        const rel = (attributeOf(element, 'rel') ?? '').toLowerCase().split(/\s+/);
        if (element.tagName === 'link' && rel.every((kind) => NAMING_LINKS.has(kind))) continue;
        const value = attributeOf(element, attribute) ?? '';
        if (OTHER_ORIGIN.test(value))
          problems.push(`${attributeAt(document, element, attribute)} ${selector}: ${value}`);
      }
    }
  }
  const sheets = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({ where: `dist/${file}`, css: readFileSync(join(DIST, file), 'utf8') }));
  for (const document of await builtDocuments()) {
    for (const style of document.root.querySelectorAll('style')) {
      sheets.push({ where: `dist/${document.file} <style>`, css: style.textContent });
    }
  }
  for (const { where, css } of sheets) {
    for (const match of css.matchAll(/(?:url\(\s*['"]?|@import\s+(?:url\(\s*)?['"]?)((?:https?:)?\/\/[^'")\s]+)/gi)) {
      problems.push(`${where}: ${match[1]}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

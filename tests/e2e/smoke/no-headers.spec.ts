/**
 * The no-headers pass: every page served with no response headers at all, as a host that ignores
 * `_headers` (GitHub Pages, the documented fallback) serves it. Each page must still be safe on its
 * own: its CSP `<meta>` comes first in `<head>` and is sound, every inline script and style is
 * allowed by its hash, no page breaks that policy, and script injected into a page does not run.
 */
import { test as base, expect } from '@playwright/test';
import { startStaticServer } from '../../../scripts/lib/static-server';
import { cspHash, cspProblems, metaCspOf, parseCsp, SECURITY_HEADERS } from '../../../src/lib/hosting/security-headers';
import { at, builtDocuments } from '../support/built-html';
import { watchViolations } from '../support/csp';
import { DIST, pageOfEachType } from '../../../scripts/lib/built-site';
import { pageGroups } from '../support/sweep';

/** Each worker serves dist/ with no headers on a port of its own, and the tests here use it. */
const test = base.extend<object, { noHeadersURL: string }>({
  noHeadersURL: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none.
    async ({}, use) => {
      const server = await startStaticServer(DIST, 0, { headers: false });
      const address = server.address();
      await use(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ noHeadersURL }, use) => use(noHeadersURL),
});

/** Script types a browser runs; structured data (`application/ld+json`) is not one of them. */
const RUNNABLE_SCRIPT = /^(|module|(text|application)\/(java|ecma)script)$/i;

test('this pass really sends no security header', async ({ request }) => {
  const headers = (await request.get('/')).headers();
  for (const name of ['Content-Security-Policy', ...Object.keys(SECURITY_HEADERS)]) {
    expect(headers[name.toLowerCase()], `${name} was sent`).toBeUndefined();
  }
});

test('every page carries its own sound policy first in <head>, and a hash for each inline script and style', async () => {
  const problems: string[] = [];
  for (const document of await builtDocuments()) {
    const meta = metaCspOf(document.html);
    const first = document.root.querySelector('head')?.childElements[0];
    if (!meta || String(first?.getAttribute('http-equiv')?.value ?? '').toLowerCase() !== 'content-security-policy') {
      problems.push(`${at(document, first?.location)}: the first element of <head> is not the CSP <meta>`);
      continue;
    }
    const policy = parseCsp(meta);
    problems.push(...cspProblems(policy, 'meta').map((problem) => `dist/${document.file}: ${problem}`));
    for (const script of document.root.querySelectorAll('script')) {
      const type = script.getAttribute('type')?.value ?? '';
      if (script.hasAttribute('src') || !RUNNABLE_SCRIPT.test(String(type))) continue;
      if (!policy.get('script-src')?.includes(`'${cspHash(script.textContent)}'`)) {
        problems.push(`${at(document, script.location)}: an inline <script> with no hash in the policy`);
      }
    }
    for (const style of document.root.querySelectorAll('style')) {
      if (!policy.get('style-src')?.includes(`'${cspHash(style.textContent)}'`)) {
        problems.push(`${at(document, style.location)}: an inline <style> with no hash in the policy`);
      }
    }
    for (const element of document.root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const value = String(attribute.value ?? '');
        if (/^on/i.test(attribute.key) || attribute.key === 'style' || /^\s*javascript:/i.test(value)) {
          problems.push(`${at(document, attribute.keyLocation)}: <${element.tagName} ${attribute.key}> is inline code`);
        }
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

for (const { label, paths } of pageGroups()) {
  test(`with no headers, no page breaks its own <meta> policy: ${label}`, async ({ page }) => {
    test.setTimeout(10_000 * paths.length);
    const violations = await watchViolations(page);
    for (const path of paths) {
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy'], `${path} was sent a CSP header`).toBeUndefined();
      expect.soft([...new Set(violations.splice(0))], `CSP violations on ${path}`).toEqual([]);
    }
  });
}

/** Markup a hostile post could smuggle into a page: each piece sets `window.cppInjected` if it runs. */
const INJECTED = [
  `<script>window.cppInjected = 'an inline script'</script>`,
  `<img src="/favicon.svg" alt="" onload="window.cppInjected = 'an event handler'">`,
  `<svg><script>window.cppInjected = 'an SVG script'</script></svg>`,
  `<a id="cpp-injected-link" href="javascript:window.cppInjected = 'a javascript: link'">a link</a>`,
  `<style>body { visibility: hidden }</style>`,
].join('');

for (const [type, path] of Object.entries(pageOfEachType())) {
  test(`with no headers, the <meta> policy alone stops script injected into a page: ${type}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.route(
      (url) => url.pathname === new URL(path, 'http://x').pathname,
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<body([^>]*)>/i, `<body$1>${INJECTED}`);
        await route.fulfill({ response, body: html });
      },
    );
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.locator('#cpp-injected-link').click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { cppInjected?: string }).cppInjected)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');
    const blocked = violations.join('\n');
    for (const directive of ['script-src-elem', 'script-src-attr', 'style-src-elem']) {
      expect(blocked, `the policy on ${path} did not report blocking ${directive}`).toContain(directive);
    }
  });
}

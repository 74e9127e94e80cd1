/**
 * The security policy as built and as served by the host. dist/_headers and each page's `<meta>`
 * policy are sound, every `_headers` line fits Cloudflare Pages' limit, Cloudflare's own runtime
 * (`wrangler pages dev`, the server these tests run on) reads the file without a warning and sends
 * every header with every page type and every file type, and no page breaks its policy in a browser.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHeadersFile, patternMatches } from '../../../scripts/lib/static-server';
import { startWrangler, wranglerWarnings } from '../../../scripts/lib/wrangler';
import {
  cspProblems,
  metaCspOf,
  overlongHeaderLines,
  parseCsp,
  REFERRER_POLICY,
  SEARCH_SCRIPT_SOURCE,
  SECURITY_HEADERS,
  type CspPolicy,
} from '../../../src/lib/hosting/security-headers';
import { builtDocuments } from '../support/built-html';
import { watchViolations } from '../support/csp';
import { DIST, pageOfEachType } from '../../../scripts/lib/built-site';
import { pageGroups } from '../support/sweep';

const PORT = Number(process.env['E2E_PORT'] ?? 4329);

function headersText(): string {
  const file = join(DIST, '_headers');
  if (!existsSync(file)) throw new Error('dist/_headers is missing: is securityHeaders() in astro.config.mjs?');
  return readFileSync(file, 'utf8');
}

/** The headers dist/_headers gives a path, applying its rules in order as Cloudflare Pages does. */
function headersFor(path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of parseHeadersFile(headersText()).filter(({ pattern }) => patternMatches(pattern, path))) {
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
  }
  return headers;
}

test('no line of dist/_headers is too long for Cloudflare Pages to send', () => {
  const problems = overlongHeaderLines(headersText());
  expect(problems, `dist/_headers: ${problems.join('\n')}`).toEqual([]);
});

test('dist/_headers sends a sound Content-Security-Policy and every other security header', () => {
  const headers = headersFor('/');
  const csp = headers.get('content-security-policy');
  expect(csp, 'dist/_headers has no Content-Security-Policy').toBeDefined();
  const problems = cspProblems(parseCsp(csp ?? ''), 'header');
  expect(problems, `dist/_headers Content-Security-Policy: ${problems.join('; ')}`).toEqual([]);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers.get(name.toLowerCase()), `dist/_headers ${name}`).toBe(value);
  }
});

/** Sources a page's own policy allows that the header policy does not: the header would block them. */
function blockedByHeader(page: CspPolicy, header: CspPolicy): string[] {
  const fallback = header.get('default-src') ?? [];
  return [...page].flatMap(([name, sources]) => {
    const allowed = header.get(name) ?? fallback;
    return sources.filter((source) => !allowed.includes(source)).map((source) => `${name} ${source}`);
  });
}

test("every page has a sound CSP <meta> first in its head, 'wasm-unsafe-eval' only where search runs, and a header that allows the same", async () => {
  const problems: string[] = [];
  for (const document of await builtDocuments()) {
    const where = `dist/${document.file}`;
    const meta = metaCspOf(document.html);
    if (!meta) {
      problems.push(`${where}: no <meta http-equiv="content-security-policy">`);
      continue;
    }
    const first = document.root.querySelector('head')?.childElements[0];
    if (
      first?.tagName !== 'meta' ||
      !/^content-security-policy$/i.test(String(first.getAttribute('http-equiv')?.value ?? ''))
    ) {
      problems.push(`${where}: the first element of <head> is <${first?.tagName ?? 'nothing'}>, not the CSP <meta>`);
    }
    const policy = parseCsp(meta);
    problems.push(...cspProblems(policy, 'meta').map((problem) => `${where}: its CSP <meta>: ${problem}`));
    const searches = document.path === '/search/';
    if (policy.get('script-src')?.includes(SEARCH_SCRIPT_SOURCE) !== searches) {
      problems.push(
        `${where}: ${SEARCH_SCRIPT_SOURCE} ${searches ? 'is missing where search runs' : 'is allowed, but search does not run here'}`,
      );
    }
    const servedAt = document.path === '/404.html' ? '/no-such-page/' : document.path;
    const header = parseCsp(headersFor(servedAt).get('content-security-policy') ?? '');
    const blocked = blockedByHeader(policy, header);
    if (blocked.length > 0)
      problems.push(`${where}: dist/_headers would block what its <meta> allows: ${blocked.join(', ')}`);
    const referrer = document.root.querySelector('meta[name="referrer"]');
    if (referrer?.getAttribute('content')?.value !== REFERRER_POLICY) {
      problems.push(`${where}: no <meta name="referrer" content="${REFERRER_POLICY}">`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/**
 * One built file of each type (by extension) that is not a page: stylesheets, scripts, search index,
 * images, feeds… Readers' files only: `/admin/` has the CMS's own policy, tested in cms-admin.spec.ts.
 */
function oneFileOfEachType(): string[] {
  const byType = new Map<string, string>();
  for (const file of readdirSync(DIST, { recursive: true, encoding: 'utf8' }).sort()) {
    const type = extname(file);
    const path = `/${relative(DIST, join(DIST, file)).split(sep).join('/')}`;
    if (!type || type === '.html' || byType.has(type) || file === '_headers' || path.startsWith('/admin/')) continue;
    byType.set(type, path);
  }
  return [...byType.values()];
}

test('the host sends every security header with every page type and every file type', async ({ request }) => {
  const pages = Object.values(pageOfEachType());
  const paths = [...pages, '/no-such-page/', '/pagefind/pagefind-worker.js', ...oneFileOfEachType()];
  const problems: string[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'];
    if (!csp) {
      problems.push(`${path}: no Content-Security-Policy`);
    } else {
      const policy = parseCsp(csp);
      problems.push(...cspProblems(policy, 'header').map((problem) => `${path}: Content-Security-Policy: ${problem}`));
      // Search runs on /search/, and in the worker Pagefind starts from its own files.
      const searches = path === '/search/' || path.startsWith('/pagefind/');
      if (policy.get('script-src')?.includes(SEARCH_SCRIPT_SOURCE) !== searches) {
        problems.push(`${path}: ${SEARCH_SCRIPT_SOURCE} is ${searches ? 'missing' : 'sent where search does not run'}`);
      }
      if (csp.includes(',')) problems.push(`${path}: two policies were sent in one header: ${csp}`);
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (headers[name.toLowerCase()] !== value) {
        problems.push(
          `${path}: ${name} is ${JSON.stringify(headers[name.toLowerCase()])}, not ${JSON.stringify(value)}`,
        );
      }
    }
  }
  expect(paths.length).toBeGreaterThan(20);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('Cloudflare’s runtime reads every rule of dist/_headers and warns about nothing', async () => {
  test.setTimeout(120_000);
  const rules = parseHeadersFile(headersText()).length;
  const wrangler = await startWrangler({ dir: DIST, port: PORT + 104, inspectorPort: PORT + 106 }, 100_000);
  try {
    const output = wrangler.output();
    expect(wranglerWarnings(output), `wrangler pages dev printed warnings:\n${output}`).toEqual([]);
    expect(output, 'wrangler did not say how many _headers rules it read').toMatch(
      new RegExp(`Parsed ${rules} valid header rules?`),
    );
  } finally {
    await wrangler.stop();
  }
});

for (const { label, paths } of pageGroups()) {
  test(`no page breaks its Content-Security-Policy: ${label}`, async ({ page }) => {
    test.setTimeout(10_000 * paths.length);
    const violations = await watchViolations(page);
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'networkidle' });
      expect.soft([...new Set(violations.splice(0))], `CSP violations on ${path}`).toEqual([]);
    }
  });
}

test('search runs under the Content-Security-Policy', async ({ page }) => {
  // A build without its search index is a broken build, not a reason to skip.
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js')), `${DIST}/pagefind/pagefind.js exists`).toBe(true);
  const violations = await watchViolations(page);
  await page.goto('/search/?q=policy', { waitUntil: 'networkidle' });
  const searchbox = page.getByRole('main').getByRole('searchbox', { name: 'Words to search for' });
  await expect(searchbox, 'the search page has its search box, holding the query').toHaveValue('policy');
  // Pagefind's worker reports no violation to the page: that search works is the proof it may run.
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “policy”/, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  expect(violations, 'CSP violations while searching for “policy” on /search/').toEqual([]);
});

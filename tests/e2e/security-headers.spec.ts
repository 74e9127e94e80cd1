/**
 * The security policy as built and as served: dist/_headers and each page's `<meta>` policy are
 * sound, the header allows whatever a page's own policy allows, the server sends the headers, and
 * no page breaks its policy when a browser loads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseHeadersFile } from '../../scripts/lib/static-server';
import {
  cspProblems,
  metaCspOf,
  parseCsp,
  REFERRER_POLICY,
  SECURITY_HEADERS,
  type CspPolicy,
} from '../../src/lib/security-headers';
import { builtDocuments } from './support/built-html';
import { builtPages, DIST } from './support/site';
import { pageGroups } from './support/sweep';

/** The headers dist/_headers sends for every path (`/*`). */
function headersForEveryPath(): Map<string, string> {
  const file = join(DIST, '_headers');
  if (!existsSync(file)) throw new Error('dist/_headers is missing: is securityHeaders() in astro.config.mjs?');
  const rule = parseHeadersFile(readFileSync(file, 'utf8')).find(({ pattern }) => pattern === '/*');
  if (!rule) throw new Error('dist/_headers has no rule for /*.');
  return new Map(rule.headers.map(([name, value]) => [name.toLowerCase(), value]));
}

test('dist/_headers sends a sound Content-Security-Policy and every other security header', () => {
  const headers = headersForEveryPath();
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

test("every page carries a sound CSP <meta> and a referrer policy, and the header allows what the page's policy allows", async () => {
  const header = parseCsp(headersForEveryPath().get('content-security-policy') ?? '');
  const problems: string[] = [];
  for (const document of await builtDocuments()) {
    const meta = metaCspOf(document.html);
    if (!meta) {
      problems.push(`dist/${document.file}: no <meta http-equiv="content-security-policy">`);
      continue;
    }
    const policy = parseCsp(meta);
    problems.push(...cspProblems(policy, 'meta').map((problem) => `dist/${document.file}: its CSP <meta>: ${problem}`));
    const blocked = blockedByHeader(policy, header);
    if (blocked.length > 0) {
      problems.push(`dist/${document.file}: dist/_headers would block what its <meta> allows: ${blocked.join(', ')}`);
    }
    const referrer = document.root.querySelector('meta[name="referrer"]');
    if (referrer?.getAttribute('content')?.value !== REFERRER_POLICY) {
      problems.push(`dist/${document.file}: no <meta name="referrer" content="${REFERRER_POLICY}">`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the server sends the security headers with pages, stylesheets and missing pages', async ({ request }) => {
  const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
  for (const path of ['/', builtPages().at(-1) ?? '/', '/no-such-page/', ...(stylesheet ? [stylesheet] : [])]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], `${path}: Content-Security-Policy`).toContain("frame-ancestors 'none'");
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
  }
});

/**
 * Records every CSP violation a page reports (the DOM event says what was blocked and where), and
 * any other console complaint about the policy, such as a directive a `<meta>` cannot carry.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text) && !/violates the following/.test(text)) violations.push(text);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}: "${event.sample}"`);
    });
  });
  return violations;
}

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
  test.skip(!existsSync(join(DIST, 'pagefind')), 'this build has no Pagefind index');
  const violations = await watchViolations(page);
  await page.goto('/search/?q=policy', { waitUntil: 'networkidle' });
  const searchbox = page.getByRole('main').getByRole('searchbox');
  if ((await searchbox.count()) > 0) {
    await searchbox.first().fill('policy');
    await page.waitForLoadState('networkidle');
  }
  expect(violations, 'CSP violations while searching on /search/?q=policy').toEqual([]);
});

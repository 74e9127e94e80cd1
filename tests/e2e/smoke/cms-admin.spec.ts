/**
 * The CMS lives only at /admin/: no reader's page loads or links any of it, it is in neither the
 * sitemap nor the search index, and it is served with its own policy and `noindex`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHeadersFile } from '../../../scripts/lib/static-server';
import { metaCspOf } from '../../../src/lib/hosting/security-headers';
import { builtPages, DIST, readBuilt } from '../../../scripts/lib/built-site';

const ADMIN = join(DIST, 'admin');

test('the built site has the CMS at /admin/, with config.yml and Decap from npm', () => {
  for (const file of ['index.html', 'config.yml', 'decap-cms.js', 'counted-text.js']) {
    expect(existsSync(join(ADMIN, file)), `dist/admin/${file}`).toBe(true);
  }
  expect(readFileSync(join(ADMIN, 'config.yml'), 'utf8')).toContain('publish_mode: editorial_workflow');
});

test('no reader page loads or links anything of the CMS', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((page) => page.startsWith('/admin/'))).toEqual([]);
  const offenders = pages.filter((page) => {
    const file = page.endsWith('/') ? `${page}index.html` : page;
    return /\/admin\/|decap|counted-text\.js/i.test(readBuilt(file));
  });
  expect(offenders).toEqual([]);
  const scripts = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.js'));
  for (const script of scripts) expect(readFileSync(join(DIST, '_astro', script), 'utf8')).not.toMatch(/decap/i);
});

test('/admin/ is in neither the sitemap nor the search index', () => {
  const sitemaps = readdirSync(DIST).filter((name) => /^sitemap.*\.xml$/.test(name));
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const sitemap of sitemaps) expect(readFileSync(join(DIST, sitemap), 'utf8')).not.toContain('/admin');
  // Pagefind indexes only pages that mark their text with data-pagefind-body.
  expect(readFileSync(join(ADMIN, 'index.html'), 'utf8')).not.toContain('data-pagefind');
});

test('/admin/ is served with its own policy and noindex, and the readers’ policy stays without eval', async ({
  request,
}) => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const site = rules.find(({ pattern }) => pattern === '/*')!;
  const siteCsp = site.headers.find(([name]) => name === 'Content-Security-Policy')![1];
  expect(siteCsp).not.toContain("'unsafe-eval'");
  expect(siteCsp).not.toContain('api.github.com');

  const response = await request.get('/admin/');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  const adminCsp = headers['content-security-policy']!;
  expect(adminCsp).toContain("script-src 'self' 'unsafe-eval'");
  expect(adminCsp).toContain("frame-ancestors 'none'");
  expect(adminCsp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const html = await response.text();
  expect(`${metaCspOf(html)}; frame-ancestors 'none'`).toBe(adminCsp);
  expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
});

import { expect, test } from '@playwright/test';
import { builtPages, firstPage } from './support/site';

test('the RSS feed lists every post on the blog index, newest first', async ({ request }) => {
  const feed = await (await request.get('/rss.xml')).text();
  const feedLinks = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  const postPages = builtPages().filter((path) => /^\/blog\/[^/]+\/$/.test(path) && !/^\/blog\/\d+\/$/.test(path));
  expect(feedLinks.length).toBeGreaterThan(0);
  expect(new Set(feedLinks)).toEqual(new Set(postPages));
  const dates = [...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((match) => Date.parse(match[1]!));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('a publication downloads as BibTeX and RIS carrying its title and year', async ({ page, request }) => {
  const path = firstPage('/publications/');
  await page.goto(path);
  const title = (await page.locator('h1').textContent())?.trim() ?? '';
  const year = (await page.locator('.reading__meta time').getAttribute('datetime'))?.slice(0, 4) ?? '';

  const bib = await (await request.get(`${path}cite.bib`)).text();
  expect(bib).toMatch(/^@techreport\{cpp-[a-z0-9-]+,\n/);
  expect(bib).toContain(`year = {${year}}`);
  expect(bib).toContain(title.replace(/([&%$#_{}])/g, '\\$1'));
  expect(bib.split('{').length).toBe(bib.split('}').length);

  const ris = await (await request.get(`${path}cite.ris`)).text();
  const lines = ris.trim().split(/\r\n/);
  expect(lines[0]).toBe('TY  - RPRT');
  expect(lines.at(-1)).toBe('ER  -');
  expect(lines).toContain(`PY  - ${year}`);
  expect(lines.find((line) => line.startsWith('TI  - '))).toContain(title);
});

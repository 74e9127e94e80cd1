import { expect, test } from '@playwright/test';
import { nameOf, parseReference } from './support/reference-files';
import { builtPages, firstPage } from '../../scripts/lib/built-site';

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

test("a publication downloads as BibTeX and RIS citing the site's account, not the report", async ({
  page,
  request,
}) => {
  const path = firstPage('/publications/');
  await page.goto(path);
  const title = (await page.locator('h1').textContent())?.trim() ?? '';

  const bibText = await (await request.get(`${path}cite.bib`)).text();
  expect(bibText).toMatch(/^@online\{cpp-[a-z0-9-]+,\n/);
  const risText = await (await request.get(`${path}cite.ris`)).text();
  expect(risText.trim().split(/\r\n/).at(-1)).toBe('ER  -');
  for (const reference of [parseReference(bibText), parseReference(risText)]) {
    expect(reference.title).toContain(title);
    expect((reference.author ?? []).map(nameOf)).toEqual(["The site's editors"]);
  }
});

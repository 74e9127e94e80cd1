/**
 * Taking the findings away: citation files, "cite this section", share cards and feeds, on the
 * pinned fixture site (support/fixture-site.ts says what it holds).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { isoOf, nameOf, parseReference } from './support/reference-files';
import { FIXTURE_DIST, POSTS, PUBLICATIONS, SITE_AUTHOR, THEMES } from './support/fixture-site';
import { builtPages } from '../../scripts/lib/built-site';

const pages = builtPages(FIXTURE_DIST);
const publicationPages = PUBLICATIONS.map((publication) => publication.path);
const postPages = POSTS.map((post) => post.path);
const themePages = THEMES.map((theme) => `/themes/${theme.id}/`);

/**
 * What the page itself says "Cite this page" must carry: its title (the h1) and, from its
 * structured data, the account's authors and the day the site published it.
 */
async function pageFacts(page: Page) {
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as {
    author?: { name: string }[];
    datePublished?: string;
  };
  return {
    title: ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim(),
    authors: (ld.author ?? []).map((author) => author.name),
    date: ld.datePublished ?? '',
  };
}

async function referenceFiles(request: APIRequestContext, base: string) {
  const bibResponse = await request.get(`${base}.bib`);
  const risResponse = await request.get(`${base}.ris`);
  expect(bibResponse.status(), `${base}.bib`).toBe(200);
  expect(risResponse.status(), `${base}.ris`).toBe(200);
  return { bib: parseReference(await bibResponse.text()), ris: parseReference(await risResponse.text()) };
}

test("every publication and post downloads as BibTeX and RIS crediting the site's account", async ({
  page,
  request,
}) => {
  // One page, two downloads and two parses each: the budget grows with the site, as other sweeps do.
  test.setTimeout(10_000 * (publicationPages.length + postPages.length));
  for (const path of [...publicationPages, ...postPages]) {
    await page.goto(path);
    const facts = await pageFacts(page);
    const pinned = [...PUBLICATIONS, ...POSTS].find((item) => item.path === path)!;
    expect(facts.title).toBe(pinned.title);
    expect(facts.authors).toEqual([SITE_AUTHOR]);
    if ('date' in pinned) expect(facts.date).toBe(pinned.date);
    const { bib, ris } = await referenceFiles(request, `${path}cite`);
    for (const reference of [bib, ris]) {
      expect(reference.title).toContain(facts.title);
      // Names parsed back as a reference manager reads them: "The site's editors" stays whole.
      expect((reference.author ?? []).map(nameOf)).toEqual(facts.authors);
      expect(isoOf(reference.issued)).toBe(facts.date);
    }
    expect(bib.URL).toBe(new URL(path, bib.URL).href);
  }
});

test('each themed section can be cited: its heading, its publication and its anchor', async ({ page, request }) => {
  for (const { path, themedSections } of PUBLICATIONS) {
    await page.goto(path);
    const facts = await pageFacts(page);
    const bibLinks = page.locator('a[href*="/cite/"][href$=".bib"]');
    const hrefs = await bibLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs, `the sections of ${path} that can be cited`).toEqual(
      themedSections.map((id) => `${path}cite/${id}.bib`),
    );
    for (const href of hrefs) {
      const id = /\/cite\/([^/]+)\.bib$/.exec(href)![1]!;
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
      const heading = (await page
        .getByRole('navigation', { name: 'Contents' })
        .locator(`a[href="#${id}"]`)
        .textContent())!;
      const { bib, ris } = await referenceFiles(request, href.replace(/\.bib$/, ''));
      for (const reference of [bib, ris]) {
        expect(reference.type).toBe('chapter');
        expect(reference.title).toBe(heading.trim());
        expect(reference['container-title']).toContain(facts.title);
        expect((reference.author ?? []).map(nameOf)).toEqual(facts.authors);
        expect(reference.URL).toMatch(new RegExp(`${path}#${id}$`));
      }
      expect(isoOf(bib.issued)).toBe(facts.date);
      // RIS gives a chapter only its year (PY); the day stays in the BibLaTeX file.
      expect(isoOf(ris.issued)).toBe(facts.date.slice(0, 4));
    }
  }
});

test('a reader cites a finding in two clicks: open "Cite this section", download the reference', async ({ page }) => {
  const { path } = PUBLICATIONS[1]!;
  await page.goto(path);
  await page.getByText('Cite this section').first().click();
  const panel = page.locator('details[open]', { has: page.getByText('Cite this section') });
  await expect(panel.getByText('APA', { exact: true })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'BibTeX (.bib)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.bib$/);
  const entry = parseReference(readFileSync(await download.path(), 'utf8'));
  expect(entry.type).toBe('chapter');
  expect(entry.title).toBe('Whole person versus silos');
  expect((entry.author ?? []).map(nameOf)).toEqual([SITE_AUTHOR]);
  expect(entry.URL).toBe(`https://connecting-policy-with-practice.github.io${path}#whole-person-versus-silos`);
});

test("every page's og:image is a PNG of the size it states, and every publication and post has one", async ({
  request,
}) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const meta = (property: string) =>
      new RegExp(`<meta property="${property}" content="([^"]+)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');
    const image = meta('og:image');
    if (publicationPages.includes(path) || postPages.includes(path)) {
      expect(image, `${path} has an og:image`).toBeDefined();
      expect(meta('og:image:alt'), `${path} describes its og:image`).toBeTruthy();
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    }
    if (!image) continue;
    const response = await request.get(new URL(image).pathname);
    expect(response.status(), `${image} exists`).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([
      Number(meta('og:image:width')),
      Number(meta('og:image:height')),
    ]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

/** Parses an RSS 2.0 document, checking what the specification requires of channel and items. */
async function readRss(page: Page, text: string) {
  // Well-formed XML, as the browser's own parser judges it.
  const parseError = await page.evaluate(
    (xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? null,
    text,
  );
  expect(parseError).toBeNull();
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(text) as {
    rss: { '@_version': unknown; channel: Record<string, unknown> & { item?: Record<string, unknown>[] } };
  };
  expect(parsed.rss['@_version']).toBe('2.0');
  const channel = parsed.rss.channel;
  for (const field of ['title', 'link', 'description']) expect(channel[field], `channel ${field}`).toBeTruthy();
  const items: Record<string, unknown>[] = channel.item ?? [];
  for (const item of items) {
    for (const field of ['title', 'link', 'guid', 'pubDate']) expect(item[field], `item ${field}`).toBeTruthy();
    expect(Number.isNaN(Date.parse(String(item['pubDate'])))).toBe(false);
  }
  const links = items.map((item) => new URL(String(item['link'])));
  const dates = items.map((item) => Date.parse(String(item['pubDate'])));
  expect(dates, 'newest first').toEqual([...dates].sort((a, b) => b - a));
  return links.map((link) => link.pathname + link.hash);
}

test('the blog feed is RSS 2.0 and lists every post, newest first', async ({ page, request }) => {
  const links = await readRss(page, await (await request.get('/rss.xml')).text());
  expect(links).toEqual(postPages);
});

test('a BibTeX file is one @online entry keyed by the page, and a RIS file ends its record', async ({ request }) => {
  const bib = await (await request.get(`${PUBLICATIONS[2]!.path}cite.bib`)).text();
  expect(bib).toMatch(/^@online\{cpp-year-two-report,\n/);
  expect(bib.match(/^@/gm)).toHaveLength(1);
  const ris = await (await request.get(`${POSTS[0]!.path}cite.ris`)).text();
  expect(ris.trim().split(/\r\n/)[0]).toBe('TY  - BLOG');
  expect(ris.trim().split(/\r\n/).at(-1)).toBe('ER  -');
  expect(parseReference(ris).title).toBe('Mind the gap: the end of year two');
});

test('the publications feed is RSS 2.0 and lists every publication', async ({ page, request }) => {
  const links = await readRss(page, await (await request.get('/publications.xml')).text());
  expect(new Set(links)).toEqual(new Set(publicationPages));
});

test('each theme has an RSS 2.0 feed of exactly the posts and sections its page lists', async ({ page, request }) => {
  for (const path of themePages) {
    await page.goto(path);
    const follow = page.getByRole('link', { name: 'Follow this theme (RSS)' });
    await expect(follow).toBeVisible();
    const feedPath = (await follow.getAttribute('href'))!;
    await expect(page.locator(`link[rel="alternate"][href="${feedPath}"]`)).toHaveCount(1);
    const listed = await page
      .getByRole('region', { name: /In the publications|Blog posts/ })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href)))
      .then((urls) => urls.map((url) => url.pathname + url.hash));
    const onTheme = listed.filter((href) => /^\/(publications|blog)\/[^/]+\/(#.+)?$/.test(href));
    const theme = THEMES.find((candidate) => path === `/themes/${candidate.id}/`)!;
    expect(onTheme, `${path} lists its sections and posts`).toHaveLength(theme.sections + theme.posts);
    expect(new Set(await readRss(page, await (await request.get(feedPath)).text()))).toEqual(new Set(onTheme));
  }
});

test('the JSON Feed is version 1.1 and lists every publication and post', async ({ request }) => {
  const response = await request.get('/feed.json');
  const feed = (await response.json()) as { version: string; title: string; items: Record<string, unknown>[] };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title).toBeTruthy();
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  for (const item of feed.items) {
    expect(typeof item['id']).toBe('string');
    expect(item['content_text'] ?? item['content_html']).toBeTruthy();
    expect(String(item['date_published'])).toMatch(rfc3339);
  }
  const paths = feed.items.map((item) => new URL(String(item['url'])).pathname);
  expect(new Set(paths)).toEqual(new Set([...publicationPages, ...postPages]));
  expect(paths).toHaveLength(publicationPages.length + postPages.length);
});

test('every page announces the feeds, and the footer links them', async ({ page }) => {
  await page.goto('/');
  for (const href of ['/rss.xml', '/publications.xml', '/feed.json']) {
    await expect(page.locator(`head link[rel="alternate"][href="${href}"]`)).toHaveCount(1);
    await expect(page.getByRole('contentinfo').locator(`a[href="${href}"]`)).toBeVisible();
  }
});

/**
 * What a browser downloads for one page of each type: HTML, CSS and JavaScript, raw and gzipped.
 * The static server sends files uncompressed, so each body is gzipped here (zlib's default level,
 * what most static hosts use); the page is scrolled to the end so lazily imported code loads too.
 * Inline scripts count as JavaScript as well as HTML; their gzip is taken on its own, so it reads
 * a little high against what they add to the compressed page.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { EXECUTABLE_TYPES } from './built-site';

interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  type: string;
  path: string;
  /** Whether the page has a chart island (`<cpp-chart…>`): its JavaScript budget differs. */
  chartPage: boolean;
  html: Bytes;
  css: Bytes;
  /** Script files fetched plus scripts inlined in the HTML (their bytes are in `html` too). */
  js: Bytes;
  /** Everything else: images, icons, fetched data, WebAssembly. */
  other: Bytes;
}

type Kind = 'html' | 'css' | 'js' | 'other';

const KIND_BY_RESOURCE: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js' };

/** Scrolls a screen at a time so islands that load when seen get the chance to. */
async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

export async function measurePageWeight(
  browser: Browser,
  baseUrl: string,
  type: string,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const totals: Record<Kind, Bytes> = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const kind = KIND_BY_RESOURCE[response.request().resourceType()] ?? 'other';
          totals[kind].raw += body.length;
          totals[kind].gzip += gzipSync(body).length;
        },
        () => undefined, // redirects have no body
      ),
    );
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  await scrollToEnd(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Astro inlines small scripts into the HTML: they are JavaScript the page runs, not HTML.
  const inlineScripts = await page.evaluate(
    (executableTypes) =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => executableTypes.includes(script.getAttribute('type')?.toLowerCase() ?? ''))
        .map((script) => script.textContent ?? ''),
    [...EXECUTABLE_TYPES],
  );
  for (const script of inlineScripts) {
    const bytes = Buffer.from(script);
    totals.js.raw += bytes.length;
    totals.js.gzip += gzipSync(bytes).length;
  }
  const chartPage = await page.evaluate(() =>
    [...document.querySelectorAll('*')].some((element) => element.localName.startsWith('cpp-chart')),
  );
  await context.close();
  return { type, path, chartPage, ...totals };
}

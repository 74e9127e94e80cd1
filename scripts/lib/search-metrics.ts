/**
 * Measures search the way a reader meets it, for `npm run bench` (never as a timed test):
 * - `firstQueryBytes`: bytes of search files (under /pagefind/) the browser downloads from the
 *   first keystroke on the search page until the results of the whole first query are on screen
 *   (Pagefind's script, WebAssembly, metadata, index chunks, and the result texts shown on the way),
 *   as transferred (body and headers; compressed when the server compresses);
 * - `medianMs`: milliseconds from the last keystroke of a query to its results message being
 *   rendered, the median over the queries given. The message counted is the one that names the
 *   whole query: a search for the first letters, answered while the last keys go in, is not it.
 *
 * Usage, with the built site served (e.g. by scripts/lib/static-server.ts):
 *   const page = await browser.newPage();
 *   const metrics = await measureSearch(page, 'http://127.0.0.1:4321', ['whole person', 'funding', 'prevention']);
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';

export interface SearchMetrics {
  firstQueryBytes: number;
  firstQueryRequests: number;
  /** Each request of the first query: its path and bytes, in the order they finished. */
  firstQueryFiles: { path: string; bytes: number }[];
  /** One entry per query, in the order given. */
  queryMs: number[];
  medianMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Bytes one request brought: headers and body as sent. Chromium reports no body size for a worker's
 * own script, so the body is read when the reported size is zero; Playwright gives it decoded, so a
 * gzipped one is gzipped again (zlib's default level, as the local server sends it) to count what
 * travelled.
 */
async function transferredBytes(request: Request): Promise<number> {
  const size = await request.sizes();
  if (size.responseBodySize) return size.responseBodySize + size.responseHeadersSize;
  const response = await request.response();
  const body = await response?.body().catch(() => undefined);
  if (!body) return size.responseHeadersSize;
  const gzipped = (await response?.headerValue('content-encoding')) === 'gzip';
  return (gzipped ? gzipSync(body).length : body.length) + size.responseHeadersSize;
}

/** Types `query` into the search page's field and resolves with the ms from last key to results. */
async function timeQuery(page: Page, query: string): Promise<number> {
  const field = page.getByRole('searchbox', { name: 'Words to search for' });
  await field.fill('');
  await page.evaluate((query) => {
    const status = document.querySelector('[data-search-status]')!;
    const w = window as unknown as { lastKeyAt: number; renderedAt: Promise<number> };
    if (w.lastKeyAt === undefined) {
      document.addEventListener('keydown', () => (w.lastKeyAt = performance.now()), { capture: true });
    }
    status.textContent = '';
    w.renderedAt = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (!status.textContent?.includes(`“${query}”`)) return;
        observer.disconnect();
        resolve(performance.now());
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  await field.pressSequentially(query, { delay: 30 });
  return page.evaluate(async () => {
    const w = window as unknown as { lastKeyAt: number; renderedAt: Promise<number> };
    return (await w.renderedAt) - w.lastKeyAt;
  });
}

export async function measureSearch(page: Page, baseUrl: string, queries: readonly string[]): Promise<SearchMetrics> {
  if (queries.length === 0) throw new Error('measureSearch: give at least one query.');
  await page.goto(new URL('/search/', baseUrl).href);
  await page.waitForLoadState('networkidle');
  let counting = true;
  const sizes: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    // Search's own files only: Chromium fetches the favicon again each time the address changes.
    if (counting && path.startsWith('/pagefind/'))
      sizes.push(transferredBytes(request).then((bytes) => ({ path, bytes })));
  });
  const queryMs = [await timeQuery(page, queries[0]!)];
  counting = false;
  const files = await Promise.all(sizes);
  for (const query of queries.slice(1)) queryMs.push(await timeQuery(page, query));
  return {
    firstQueryBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    firstQueryRequests: files.length,
    firstQueryFiles: files,
    queryMs,
    medianMs: median(queryMs),
  };
}

/**
 * Search as a reader meets it, in Chromium: open /search/, type a query key by key, and measure
 * (1) the bytes downloaded from the first keystroke until the first results stop changing, and
 * (2) the milliseconds from the last keystroke to the last change of the results, for several
 * queries typed one after another in the same page (median reported).
 *
 * The only thing assumed of the search page is a search box (role `searchbox`, that is an
 * `<input type="search">`) inside `main`; "rendered" means nothing in `main` has changed for
 * QUIET_MS. Adjust SEARCH_BOX if the page changes.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './stats';

export const SEARCH_PATH = '/search/';
export const SEARCH_BOX = (page: Page) => page.locator('main').getByRole('searchbox').first();
/** Words the generated posts use, so every query finds something. */
export const QUERIES = ['commissioning', 'prevention', 'funding rules', 'local knowledge', 'volunteer'];
const QUIET_MS = 1000;
const KEY_DELAY_MS = 60;

export interface SearchTiming {
  /** Why nothing was measured, when nothing was. */
  unavailable?: string;
  /** Bytes downloaded from the first keystroke until the first query's results had settled. */
  firstQueryBytes?: number | undefined;
  /** Bytes the search page itself downloads before any typing. */
  pageBytes?: number;
  queries: { query: string; lastKeyToResultsMs: number | undefined; resultLinks: number }[];
  medianMs?: number | undefined;
}

interface SearchProbe {
  lastKey: number;
  lastChange: number;
}

declare global {
  interface Window {
    cppSearchProbe?: SearchProbe;
  }
}

/** Notes the time of every keystroke and of every change to the page's main content. */
function installProbe() {
  const probe: SearchProbe = { lastKey: 0, lastChange: 0 };
  window.cppSearchProbe = probe;
  document.addEventListener('keydown', () => (probe.lastKey = performance.now()), { capture: true });
  const main = document.querySelector('main');
  if (main) {
    new MutationObserver(() => (probe.lastChange = performance.now())).observe(main, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'class', 'aria-busy'],
    });
  }
}

/** Waits until `main` has been still for QUIET_MS after the last key, or 15 s have passed. */
async function waitUntilSettled(page: Page): Promise<SearchProbe> {
  await page.waitForFunction(
    (quiet) => {
      const probe = window.cppSearchProbe;
      return probe !== undefined && performance.now() - Math.max(probe.lastChange, probe.lastKey) > quiet;
    },
    QUIET_MS,
    { timeout: 15_000, polling: 100 },
  );
  return page.evaluate(() => window.cppSearchProbe as SearchProbe);
}

export async function measureSearch(browser: Browser, baseUrl: string): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let downloaded = 0;
  const pending: Promise<unknown>[] = [];
  /** Bytes received so far, once every response body has been read. */
  const bytesSoFar = async () => {
    await Promise.all(pending);
    return downloaded;
  };
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => (downloaded += body.length),
        () => undefined, // redirects have no body
      ),
    );
  });
  try {
    const response = await page.goto(new URL(SEARCH_PATH, baseUrl).href, { waitUntil: 'load' });
    if (!response?.ok())
      return { unavailable: `${SEARCH_PATH} answered ${response?.status() ?? 'nothing'}`, queries: [] };
    await page.waitForLoadState('networkidle');
    const box = SEARCH_BOX(page);
    if (!(await box.isVisible({ timeout: 3000 }).catch(() => false))) {
      return { unavailable: 'the search page has no search box yet', queries: [] };
    }
    await page.evaluate(installProbe);
    const pageBytes = await bytesSoFar();
    let firstQueryBytes: number | undefined;
    const queries: SearchTiming['queries'] = [];
    for (const query of QUERIES) {
      // Clearing the box re-renders the page after the UI's own delay: let that pass first.
      await box.fill('');
      await page.waitForTimeout(QUIET_MS);
      await waitUntilSettled(page);
      await box.pressSequentially(query, { delay: KEY_DELAY_MS });
      const probe = await waitUntilSettled(page);
      firstQueryBytes ??= (await bytesSoFar()) - pageBytes;
      const changedAfterKey = probe.lastChange > probe.lastKey;
      queries.push({
        query,
        lastKeyToResultsMs: changedAfterKey ? probe.lastChange - probe.lastKey : undefined,
        resultLinks: await page.locator('main').getByRole('link').count(),
      });
    }
    const times = queries.flatMap((entry) =>
      entry.lastKeyToResultsMs === undefined ? [] : [entry.lastKeyToResultsMs],
    );
    return { pageBytes, firstQueryBytes, queries, medianMs: median(times) };
  } finally {
    await context.close();
  }
}

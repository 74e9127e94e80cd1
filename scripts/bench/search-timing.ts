/**
 * Search as a reader meets it, in Chromium, measured by the search island's own helper
 * (scripts/lib/search-metrics.ts, which knows what "results rendered" means there): bytes
 * downloaded for the first query, and the median time from the last keystroke to the results
 * message over several queries typed one after another. This module adds what the benchmark needs
 * around it: a plain "n/a" when the page has no search box, and a time limit.
 */
import type { Browser } from '@playwright/test';
import { measureSearch as measureWithIsland } from '../lib/search-metrics';

const SEARCH_PATH = '/search/';
/** Words and phrases the generated posts use, so every query finds something. */
const QUERIES = ['commissioning', 'prevention', 'funding rules', 'local knowledge', 'volunteer coordinator'];
const TIME_LIMIT_MS = 60_000;

export interface SearchTiming {
  /** Why nothing was measured, when nothing was. */
  unavailable?: string;
  /** Bytes (bodies and headers) from the first keystroke until the first results were shown. */
  firstQueryBytes?: number | undefined;
  firstQueryRequests?: number | undefined;
  /** Each request of the first query: its path and bytes, in the order they finished. */
  firstQueryFiles?: { path: string; bytes: number }[] | undefined;
  queries: { query: string; lastKeyToResultsMs: number }[];
  medianMs?: number | undefined;
}

export async function measureSearch(browser: Browser, baseUrl: string): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const response = await page.goto(new URL(SEARCH_PATH, baseUrl).href, { waitUntil: 'load' });
    if (!response?.ok())
      return { unavailable: `${SEARCH_PATH} answered ${response?.status() ?? 'nothing'}`, queries: [] };
    const box = page.locator('main').getByRole('searchbox');
    if (
      !(await box
        .first()
        .isVisible({ timeout: 5000 })
        .catch(() => false))
    ) {
      return { unavailable: 'the search page has no search box', queries: [] };
    }
    const limit = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no results message within ${TIME_LIMIT_MS / 1000} s`)), TIME_LIMIT_MS).unref(),
    );
    const metrics = await Promise.race([measureWithIsland(page, baseUrl, QUERIES), limit]);
    return {
      firstQueryBytes: metrics.firstQueryBytes,
      firstQueryRequests: metrics.firstQueryRequests,
      firstQueryFiles: metrics.firstQueryFiles,
      queries: QUERIES.map((query, index) => ({ query, lastKeyToResultsMs: metrics.queryMs[index] ?? Number.NaN })),
      medianMs: metrics.medianMs,
    };
  } catch (error) {
    return { unavailable: `search could not be timed: ${(error as Error).message.split('\n')[0]}`, queries: [] };
  } finally {
    await context.close();
  }
}

/**
 * Largest Contentful Paint and Total Blocking Time under a throttled mobile profile, close to
 * Lighthouse's "slow 4G, mid-tier phone": 1.6 Mbps down, 150 ms round trip, CPU four times slower,
 * a 412×823 screen. Each page loads cold several times; the median of each measure is kept.
 *
 * TBT here is the sum of each long task's time over 50 ms, from First Contentful Paint until the
 * page has been quiet for two seconds after `load` (Lighthouse stops at Time to Interactive).
 */
import type { Browser } from '@playwright/test';
import { median } from './stats';

export interface Vitals {
  type: string;
  path: string;
  runs: number;
  /** Loads that failed (each is retried once). */
  errors?: string[];
  lcpMs: number | undefined;
  tbtMs: number | undefined;
}

/** Lighthouse's mobile throttling figures (its "slow 4G"), as CDP wants them: bytes per second. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

interface PageTimings {
  lcp: number;
  fcp: number;
  longTasks: [start: number, duration: number][];
}

declare global {
  interface Window {
    cppBenchTimings?: PageTimings;
  }
}

/**
 * Records paints and long tasks from the page's first moment, before any of its own scripts.
 * A string, not a function: tsx wraps named functions in a `__name` helper the page lacks.
 */
const OBSERVE_TIMINGS = `{
  const timings = { lcp: 0, fcp: 0, longTasks: [] };
  window.cppBenchTimings = timings;
  const observe = (type, onEntry) =>
    new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
  observe('largest-contentful-paint', (entry) => (timings.lcp = entry.startTime));
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') timings.fcp = entry.startTime;
  });
  observe('longtask', (entry) => timings.longTasks.push([entry.startTime, entry.duration]));
}`;

/** Total Blocking Time from the long tasks that start at or after First Contentful Paint. */
export function totalBlockingTime(longTasks: readonly (readonly [number, number])[], fcp: number): number {
  return longTasks.filter(([start]) => start >= fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
}

async function oneRun(browser: Browser, url: string): Promise<PageTimings> {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(OBSERVE_TIMINGS);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000);
  const timings = await page.evaluate(() => window.cppBenchTimings);
  await context.close();
  if (!timings) throw new Error(`The timing observer did not run on ${url}.`);
  return timings;
}

export async function measureVitals(
  browser: Browser,
  baseUrl: string,
  type: string,
  path: string,
  runs = 3,
): Promise<Vitals> {
  const results: PageTimings[] = [];
  const errors: string[] = [];
  // A cold load under throttling occasionally loses its page (the renderer is restarted); one
  // failed load is retried rather than losing the whole measurement.
  while (results.length < runs && errors.length < 2) {
    try {
      results.push(await oneRun(browser, new URL(path, baseUrl).href));
    } catch (error) {
      errors.push((error as Error).message.split('\n')[0] ?? 'unknown error');
    }
  }
  return {
    type,
    path,
    runs: results.length,
    ...(errors.length ? { errors } : {}),
    lcpMs: median(results.map((result) => result.lcp).filter((lcp) => lcp > 0)),
    tbtMs: median(results.map((result) => totalBlockingTime(result.longTasks, result.fcp))),
  };
}

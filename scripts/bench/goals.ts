/**
 * The goals of issue 8 and how a benchmark run measures up to each: met, missed (and by how much)
 * or not measured (and why). Goals are read here, never asserted in tests: a slow machine must not
 * fail a build.
 */
import type { BuildMeasurement } from './builds';
import type { ContentCheckTiming } from './content-check';
import type { LighthouseScores } from './lighthouse';
import type { PageWeight } from './page-weight';
import type { SearchTiming } from './search-timing';
import { formatBytes, formatMilliseconds, formatSeconds } from './stats';
import type { Vitals } from './web-vitals';

/** Everything a run measured; the JSON file holds this object. */
export interface BenchResults {
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    platform: string;
    node: string;
    loadAverageAtStart: number[];
  };
  sizes: number[];
  builds: BuildMeasurement[];
  contentCheck?: ContentCheckTiming | undefined;
  /** Which build the browser measured (posts). */
  browserPosts?: number | undefined;
  pageWeights: PageWeight[];
  vitals: Vitals[];
  search?: SearchTiming | undefined;
  lighthouse: LighthouseScores[];
  /** Measurements that failed; the rest of the run went on without them. */
  failures: string[];
  goals: GoalRow[];
}

export interface GoalRow {
  goal: string;
  target: string;
  measured: string;
  status: 'met' | 'missed' | 'n/a';
  /** By how much it was missed, or why it could not be measured. */
  note: string;
}

interface Comparison {
  goal: string;
  target: string;
  value: number | undefined;
  limit: number;
  format: (value: number) => string;
  /** Most goals are ceilings; Lighthouse scores are floors. */
  atLeast?: boolean;
  /** Said when there is no value. */
  unavailable?: string | undefined;
}

/** One goal row: met or missed by the difference (with the percentage), or n/a with a reason. */
export function compare({ goal, target, value, limit, format, atLeast = false, unavailable }: Comparison): GoalRow {
  if (value === undefined) return { goal, target, measured: 'n/a', status: 'n/a', note: unavailable ?? 'not measured' };
  const met = atLeast ? value >= limit : value <= limit;
  const gap = Math.abs(value - limit);
  const percent = limit === 0 ? '' : ` (${Math.round((gap / limit) * 100)}%)`;
  const note = met ? '' : `${atLeast ? 'under' : 'over'} by ${format(gap)}${percent}`;
  return { goal, target, measured: format(value), status: met ? 'met' : 'missed', note };
}

const build = (results: BenchResults, site: 'ours' | 'bare', posts: number) =>
  results.builds.find((entry) => entry.site === site && entry.posts === posts);

const kb = (bytes: number) => formatBytes(bytes);

/** The goal table for a run. */
export function goalRows(results: BenchResults): GoalRow[] {
  const ours1000 = build(results, 'ours', 1000);
  const bare1000 = build(results, 'bare', 1000);
  const ours5000 = build(results, 'ours', 5000);
  const ratio = ours1000 && bare1000 ? ours1000.wallSeconds / bare1000.wallSeconds : undefined;
  const textPages = results.pageWeights.filter((page) => !page.chartPage && page.type !== 'search');
  const chartPages = results.pageWeights.filter((page) => page.chartPage);
  const post = results.pageWeights.find((page) => page.type === 'post');
  const noBrowser = results.pageWeights.length === 0 ? 'browser not run (--skip-browser)' : undefined;
  const scored = results.lighthouse.flatMap((entry) => (entry.scores ? Object.values(entry.scores) : []));
  const check = results.contentCheck;
  const checkNote = check?.unreported?.length ? `did not name ${check.unreported.join(', ')}` : undefined;

  const rows = [
    compare({
      goal: '1,000-post build vs bare Astro',
      target: '≤ 0.8×',
      value: ratio,
      limit: 0.8,
      format: (value) => `${value.toFixed(2)}×`,
      unavailable: 'the 1,000-post size was not run',
    }),
    compare({
      goal: '5,000-post build time (with search index)',
      target: '≤ 40 s',
      value: ours5000?.wallSeconds,
      limit: 40,
      format: formatSeconds,
      unavailable: 'the 5,000-post size was not run',
    }),
    compare({
      goal: '5,000-post build peak RSS',
      target: '≤ 2.5 GB',
      value: ours5000?.peakRssBytes,
      limit: 2.5e9,
      format: formatBytes,
      unavailable: ours5000 ? 'memory is sampled from /proc (Linux only)' : 'the 5,000-post size was not run',
    }),
    compare({
      goal: `content check, ${check?.posts ?? 1000} posts, all errors`,
      target: '≤ 2 s',
      value: check?.seconds,
      limit: 2,
      format: formatSeconds,
      unavailable: check?.unavailable ?? 'not run',
    }),
    compare({
      goal: 'JS on text pages (gzip, largest)',
      target: '0 B',
      value: textPages.length ? Math.max(...textPages.map((page) => page.js.gzip)) : undefined,
      limit: 0,
      format: kb,
      unavailable: noBrowser,
    }),
    compare({
      goal: 'JS on chart pages (gzip, largest)',
      target: '≤ 20 KB',
      value: chartPages.length ? Math.max(...chartPages.map((page) => page.js.gzip)) : undefined,
      limit: 20_000,
      format: kb,
      unavailable: noBrowser ?? 'no chart page in this build',
    }),
    compare({
      goal: 'HTML+CSS of a post page (gzip)',
      target: '≤ 30 KB',
      value: post ? post.html.gzip + post.css.gzip : undefined,
      limit: 30_000,
      format: kb,
      unavailable: noBrowser,
    }),
    compare({
      goal: `first search download (${results.browserPosts ?? '?'} posts)`,
      target: '≤ 120 KB',
      value: results.search?.firstQueryBytes,
      limit: 120_000,
      format: kb,
      unavailable: results.search?.unavailable ?? noBrowser,
    }),
    compare({
      goal: 'search, last key to results (median)',
      target: '≤ 150 ms',
      value: results.search?.medianMs,
      limit: 150,
      format: formatMilliseconds,
      unavailable: results.search?.unavailable ?? noBrowser,
    }),
    compare({
      goal: 'Lighthouse mobile, lowest of 4 categories × 3 pages',
      target: '100',
      value: scored.length ? Math.min(...scored) : undefined,
      limit: 100,
      format: (value) => String(value),
      atLeast: true,
      unavailable:
        results.lighthouse.find((entry) => entry.unavailable)?.unavailable ??
        noBrowser ??
        'skipped (--skip-lighthouse)',
    }),
  ];
  const cpuRatio = ours1000?.cpuSeconds && bare1000?.cpuSeconds ? ours1000.cpuSeconds / bare1000.cpuSeconds : undefined;
  if (cpuRatio !== undefined) {
    const row = rows[0] as GoalRow;
    rows[0] = { ...row, note: [row.note, `by CPU time ${cpuRatio.toFixed(2)}×`].filter(Boolean).join('; ') };
  }
  if (checkNote) {
    const row = rows[3] as GoalRow;
    rows[3] = { ...row, status: 'missed', note: [row.note, checkNote].filter(Boolean).join('; ') };
  }
  return rows;
}

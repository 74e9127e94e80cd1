/**
 * The goals of issues 8 and 15 and how a benchmark run measures up to each: met, missed (and by how much)
 * or not measured (and why). Goals are read here, never asserted in tests: a slow machine must not
 * fail a build.
 */
import type { BuildMeasurement, BuiltSite } from './builds';
import type { ContentCheckTiming } from './content-check';
import type { DevReadyTiming } from './dev-ready';
import type { LighthouseScores } from './lighthouse';
import type { PageWeight } from './page-weight';
import type { SearchTiming } from './search-timing';
import type { RendererTimings } from './share-card-renderers';
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
  /** What the first search downloads, per corpus size. */
  searchBytes: { posts: number; bytes: number | undefined; requests: number | undefined }[];
  contentCheck?: ContentCheckTiming | undefined;
  /** `astro dev` at the browser's corpus size: first page, then first search. */
  devReady?: DevReadyTiming | undefined;
  /** The bare Astro project's `astro dev` at the same size, to its first post (it has no search). */
  devReadyBare?: DevReadyTiming | undefined;
  /** One share card drawn by each renderer and encoder (median ms). */
  cardRenderers?: RendererTimings | undefined;
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

const build = (results: BenchResults, site: BuiltSite, posts: number) =>
  results.builds.find((entry) => entry.site === site && entry.posts === posts && !entry.rebuild);

const rebuildOf = (results: BenchResults, posts: number) =>
  results.builds.find((entry) => entry.site === 'ours' && entry.posts === posts && entry.rebuild);

const times = (value: number) => `${value.toFixed(2)}×`;
const over = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : undefined);

const kb = (bytes: number) => formatBytes(bytes);

/** The goal table for a run. */
export function goalRows(results: BenchResults): GoalRow[] {
  const ours1000 = build(results, 'ours', 1000);
  const bare1000 = build(results, 'bare', 1000);
  const ours5000 = build(results, 'ours', 5000);
  const starlight1000 = build(results, 'starlight', 1000);
  const bare5000 = build(results, 'bare', 5000);
  const rebuild1000 = rebuildOf(results, 1000);
  const notRun = (posts: number) => `the ${posts.toLocaleString('en-GB')}-post size was not run`;
  const searchAt = (posts: number) => results.searchBytes.find((entry) => entry.posts === posts);
  const textPages = results.pageWeights.filter((page) => !page.chartPage && page.type !== 'search');
  const chartPages = results.pageWeights.filter((page) => page.chartPage);
  const post = results.pageWeights.find((page) => page.type === 'post');
  const noBrowser = results.pageWeights.length === 0 ? 'browser not run (--skip-browser)' : undefined;
  const scored = results.lighthouse.flatMap((entry) => (entry.scores ? Object.values(entry.scores) : []));
  const check = results.contentCheck;
  const checkNote = check?.unreported?.length ? `did not name ${check.unreported.join(', ')}` : undefined;

  const rows = [
    compare({
      goal: 'cold build, 1,000 posts, vs bare Astro',
      target: '≤ 1.5×',
      value: over(ours1000?.wallSeconds, bare1000?.wallSeconds),
      limit: 1.5,
      format: times,
      unavailable: notRun(1000),
    }),
    compare({
      goal: 'cold build, 1,000 posts, vs Starlight',
      target: '< 1.0×',
      value: over(ours1000?.wallSeconds, starlight1000?.wallSeconds),
      limit: 1,
      format: times,
      unavailable: notRun(1000),
    }),
    compare({
      goal: "rebuild, 1,000 posts, one changed, vs bare's cold build",
      target: '≤ 1.1×',
      value: over(rebuild1000?.wallSeconds, bare1000?.wallSeconds),
      limit: 1.1,
      format: times,
      unavailable: notRun(1000),
    }),
    compare({
      goal: 'cold build, 5,000 posts, vs bare Astro',
      target: '≤ 1.5×',
      value: over(ours5000?.wallSeconds, bare5000?.wallSeconds),
      limit: 1.5,
      format: times,
      unavailable: notRun(5000),
    }),
    compare({
      goal: 'peak memory, 5,000 posts, vs bare Astro',
      target: '≤ 1.2×',
      value: over(ours5000?.peakRssBytes, bare5000?.peakRssBytes),
      limit: 1.2,
      format: times,
      unavailable: ours5000 ? 'memory is sampled from /proc (Linux only)' : notRun(5000),
    }),
    compare({
      goal: 'build time, 1,000 → 5,000 posts',
      target: '≤ 5.0×',
      value: over(ours5000?.wallSeconds, ours1000?.wallSeconds),
      limit: 5,
      format: times,
      unavailable: notRun(ours1000 ? 5000 : 1000),
    }),
    compare({
      goal: `largest HTML page, 5,000 posts (gzip${ours5000?.built.largestPage ? `, ${ours5000.built.largestPage.path}` : ''})`,
      target: '≤ 60 KB',
      value: ours5000?.built.largestPage?.gzipBytes,
      limit: 60_000,
      format: kb,
      unavailable: notRun(5000),
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
      goal: 'first search download, 1,000 posts',
      target: '≤ 120 KB',
      value: searchAt(1000)?.bytes,
      limit: 120_000,
      format: kb,
      unavailable: results.search?.unavailable ?? noBrowser ?? notRun(1000),
    }),
    compare({
      goal: 'first search download, 10,000 posts',
      target: '≤ 200 KB',
      value: searchAt(10_000)?.bytes,
      limit: 200_000,
      format: kb,
      unavailable: noBrowser ?? notRun(10_000),
    }),
    compare({
      goal: 'search, last key to results (median)',
      target: '≤ 100 ms',
      value: results.search?.medianMs,
      limit: 100,
      format: formatMilliseconds,
      unavailable: results.search?.unavailable ?? noBrowser,
    }),
    compare({
      goal: `npm run dev ready with search, ${results.devReady?.posts.toLocaleString('en-GB') ?? '1,000'} posts`,
      target: '≤ 5 s',
      value: results.devReady?.searchReadySeconds,
      limit: 5,
      format: formatSeconds,
      unavailable: results.devReady?.unavailable ?? 'not run',
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
  /** CPU time is steadier than wall time on a shared machine: said beside each build ratio. */
  const withCpu = (index: number, a: BuildMeasurement | undefined, b: BuildMeasurement | undefined) => {
    const ratio = over(a?.cpuSeconds, b?.cpuSeconds);
    const row = rows[index] as GoalRow;
    if (ratio !== undefined)
      rows[index] = { ...row, note: [row.note, `by CPU time ${times(ratio)}`].filter(Boolean).join('; ') };
  };
  withCpu(0, ours1000, bare1000);
  withCpu(1, ours1000, starlight1000);
  withCpu(2, rebuild1000, bare1000);
  withCpu(3, ours5000, bare5000);
  const checkRow = rows.findIndex((row) => row.goal.startsWith('content check'));
  if (checkNote && checkRow >= 0) {
    const row = rows[checkRow] as GoalRow;
    rows[checkRow] = { ...row, status: 'missed', note: [row.note, checkNote].filter(Boolean).join('; ') };
  }
  return rows;
}

import { describe, expect, test } from 'vitest';
import { pageRunsJavaScript } from '../../scripts/bench/built-site';
import { compare, goalRows, type BenchResults } from '../../scripts/bench/goals';
import { cpuTicksFromStat, rssFromStatus } from '../../scripts/bench/process-tree';
import { growthLabel } from '../../scripts/bench/report';
import { formatBytes, formatSeconds, median } from '../../scripts/bench/stats';
import { formatTable } from '../../scripts/bench/table';
import { totalBlockingTime } from '../../scripts/bench/web-vitals';

describe('median', () => {
  test.each([
    [[], undefined],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[120, 80, 95, 300, 101], 101],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('readable units', () => {
  test.each([
    [undefined, 'n/a'],
    [812, '812 B'],
    [14_230, '14.2 KB'],
    [120_000, '120 KB'],
    [3_400_000, '3.40 MB'],
    [1_367_900_160, '1.37 GB'],
  ])('%s bytes read as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  test.each([
    [12.34, '12.3 s'],
    [125, '2 min 05 s'],
  ])('%s seconds read as %s', (seconds, expected) => {
    expect(formatSeconds(seconds)).toBe(expected);
  });
});

describe('pageRunsJavaScript', () => {
  test.each([
    ['<p>No scripts</p>', false],
    ['<script type="application/ld+json">{"@type":"Article"}</script>', false],
    ['<script type="module" src="/_astro/search.js"></script>', true],
    ['<script type="module">customElements.define("cpp-x", X)</script>', true],
    ['<script>document.documentElement.dataset.theme = "dark"</script>', true],
    ["<script type='text/javascript'>x()</script>", true],
    ['<script async src=/a.js></script>', true],
  ])('%s → %s', (html, expected) => {
    expect(pageRunsJavaScript(html)).toBe(expected);
  });
});

describe('cpuTicksFromStat', () => {
  test('adds user and system ticks, even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (astro) build) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 37 0 0 20 0 11 0 5000 0 0';
    expect(cpuTicksFromStat(stat)).toBe(287);
    expect(cpuTicksFromStat('')).toBe(0);
  });
});

describe('rssFromStatus', () => {
  test('reads VmRSS in bytes, and 0 when the process has gone', () => {
    expect(rssFromStatus('Name:\tnode\nVmPeak:\t 900 kB\nVmRSS:\t  204800 kB\nThreads:\t7\n')).toBe(209_715_200);
    expect(rssFromStatus('')).toBe(0);
  });
});

describe('totalBlockingTime', () => {
  test('counts only the part of each long task over 50 ms, from first contentful paint on', () => {
    const tasks: [number, number][] = [
      [100, 200], // before FCP: ignored
      [400, 120], // 70 ms blocking
      [900, 50], // exactly 50: nothing
      [1200, 80], // 30 ms blocking
    ];
    expect(totalBlockingTime(tasks, 300)).toBe(100);
    expect(totalBlockingTime([], 300)).toBe(0);
  });
});

describe('growthLabel', () => {
  test('compares a size with the one before it', () => {
    expect(growthLabel(12, { posts: 100, seconds: 4 }, 1000)).toBe('3.0× for 10× posts');
    expect(growthLabel(4, undefined, 100)).toBe('');
  });
});

describe('formatTable', () => {
  test('pads columns, right-aligns the figures asked for and rules the header', () => {
    expect(
      formatTable(
        ['Posts', 'Site', 'Time'],
        [
          ['100', 'ours', '4.2 s'],
          ['1000', 'bare', '12.0 s'],
        ],
        [0, 2],
      ),
    ).toMatchInlineSnapshot(`
      "Posts  Site    Time
      ─────  ────  ──────
        100  ours   4.2 s
       1000  bare  12.0 s"
    `);
  });
});

describe('goals', () => {
  const format = (value: number) => `${value} s`;
  test.each([
    [
      { value: 30, limit: 40 },
      { status: 'met', note: '' },
    ],
    [
      { value: 50, limit: 40 },
      { status: 'missed', note: 'over by 10 s (25%)' },
    ],
    [
      { value: 92, limit: 100, atLeast: true },
      { status: 'missed', note: 'under by 8 s (8%)' },
    ],
    [
      { value: undefined, limit: 40, unavailable: 'not run' },
      { status: 'n/a', note: 'not run' },
    ],
  ])('%j → %j', (input, expected) => {
    expect(compare({ goal: 'g', target: 't', format, ...input })).toMatchObject(expected);
  });

  test('the build goals are ratios to bare Astro and Starlight in the same run; a rebuild is its own row', () => {
    const built = {
      pages: 1,
      siteBytes: 1,
      searchIndexBytes: undefined,
      pagesWithoutJavaScript: 1,
      pagesWithJavaScript: [],
      largestPage: { path: '/themes/', gzipBytes: 20_000 },
    };
    const results: BenchResults = {
      startedAt: '',
      machine: { cpus: 2, cpuModel: '', memoryBytes: 0, platform: '', node: '', loadAverageAtStart: [] },
      sizes: [1000],
      builds: [
        { site: 'ours', posts: 1000, wallSeconds: 16, cpuSeconds: 9, peakRssBytes: 1, pagesPerSecond: 1, built },
        { site: 'bare', posts: 1000, wallSeconds: 10, cpuSeconds: 10, peakRssBytes: 1, pagesPerSecond: 1, built },
        { site: 'starlight', posts: 1000, wallSeconds: 20, cpuSeconds: 30, peakRssBytes: 1, pagesPerSecond: 1, built },
        {
          site: 'ours',
          rebuild: true,
          posts: 1000,
          wallSeconds: 10.5,
          cpuSeconds: 8,
          peakRssBytes: 1,
          pagesPerSecond: 1,
          built,
        },
      ],
      searchBytes: [],
      pageWeights: [],
      vitals: [],
      lighthouse: [],
      failures: [],
      goals: [],
    };
    const [vsBare, vsStarlight, rebuild, fiveThousand] = goalRows(results);
    expect(vsBare).toMatchObject({
      measured: '1.60×',
      status: 'missed',
      note: 'over by 0.10× (7%); by CPU time 0.90×',
    });
    expect(vsStarlight).toMatchObject({ measured: '0.80×', status: 'met', note: 'by CPU time 0.30×' });
    expect(rebuild).toMatchObject({ measured: '1.05×', status: 'met' });
    expect(fiveThousand).toMatchObject({ status: 'n/a', note: 'the 5,000-post size was not run' });
  });
});

/** Prints a benchmark run as tables: the machine, builds, bytes per page, timings, then the goals. */
import type { BuildMeasurement } from './builds';
import type { BenchResults } from './goals';
import { CATEGORIES } from './lighthouse';
import { formatBytes, formatMilliseconds, formatSeconds } from './stats';
import { formatTable } from './table';

const section = (title: string, body: string) => console.log(`\n${title}\n\n${body}`);

/** How build time grows with the corpus: each size's time over the previous size's. */
export function growthLabel(
  seconds: number,
  previous: { posts: number; seconds: number } | undefined,
  posts: number,
): string {
  if (!previous) return '';
  return `${(seconds / previous.seconds).toFixed(1)}× for ${(posts / previous.posts).toFixed(0)}× posts`;
}

export function printReport(results: BenchResults): void {
  const { machine } = results;
  console.log(
    `\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${formatBytes(machine.memoryBytes)} RAM, ${machine.platform}, Node ${machine.node}; ` +
      `load average at start ${machine.loadAverageAtStart.map((load) => load.toFixed(2)).join(' ')}`,
  );

  let previous: { posts: number; seconds: number } | undefined;
  const sizes = [...new Set(results.builds.map((entry) => entry.posts))].sort((a, b) => a - b);
  const buildRows = sizes.flatMap((posts) => {
    const atSize = results.builds.filter((entry) => entry.posts === posts);
    const ours = atSize.find((entry) => entry.site === 'ours' && !entry.rebuild);
    const bare = atSize.find((entry) => entry.site === 'bare');
    const growth = ours && bare ? growthLabel(ours.wallSeconds, previous, posts) : '';
    if (ours && bare) previous = { posts, seconds: ours.wallSeconds };
    const order = (entry: BuildMeasurement) =>
      ['ours', 'bare', 'starlight'].indexOf(entry.site) + (entry.rebuild ? 3 : 0);
    return [...atSize]
      .sort((a, b) => order(a) - order(b))
      .map((entry) => [
        posts.toLocaleString('en-GB'),
        entry.rebuild ? 'ours, rebuild (1 post changed)' : entry.site,
        formatSeconds(entry.wallSeconds),
        formatSeconds(entry.cpuSeconds),
        bare && entry !== bare ? `${(entry.wallSeconds / bare.wallSeconds).toFixed(2)}×` : '',
        bare?.cpuSeconds && entry.cpuSeconds && entry !== bare
          ? `${(entry.cpuSeconds / bare.cpuSeconds).toFixed(2)}×`
          : '',
        entry === ours ? growth : '',
        formatBytes(entry.peakRssBytes),
        String(entry.built.pages),
        entry.pagesPerSecond.toFixed(0),
        formatBytes(entry.built.siteBytes),
        entry.built.searchIndexBytes === undefined ? '' : formatBytes(entry.built.searchIndexBytes),
        entry.built.largestPage
          ? `${formatBytes(entry.built.largestPage.gzipBytes)} ${entry.built.largestPage.path}`
          : '',
        `${entry.built.pagesWithoutJavaScript}/${entry.built.pages}`,
      ]);
  });
  section(
    'Builds (cold: fresh output and cache folders; the rebuild keeps the caches)',
    formatTable(
      [
        'Posts',
        'Site',
        'Wall time',
        'CPU time',
        'Wall vs bare',
        'CPU vs bare',
        'Wall growth',
        'Peak RSS',
        'Pages',
        'Pages/s',
        'Site size',
        'Search index',
        'Largest page (gzip)',
        'Pages without JS',
      ],
      buildRows,
      [0, 2, 3, 4, 5, 7, 8, 9, 10, 11, 13],
    ),
  );

  if (results.pageWeights.length) {
    const pair = (bytes: { raw: number; gzip: number }) => `${formatBytes(bytes.raw)} / ${formatBytes(bytes.gzip)}`;
    section(
      `Bytes per page type, raw / gzip (${results.browserPosts} posts)`,
      formatTable(
        ['Page', 'Path', 'HTML', 'CSS', 'JS', 'Other'],
        results.pageWeights.map((page) => [
          page.type,
          page.path,
          pair(page.html),
          pair(page.css),
          pair(page.js),
          pair(page.other),
        ]),
        [2, 3, 4, 5],
      ),
    );
  }
  if (results.vitals.length) {
    section(
      'Throttled phone (slow 4G, CPU ×4, 412×823), median of 3 cold loads',
      formatTable(
        ['Page', 'LCP', 'TBT'],
        results.vitals.map((vitals) => [
          vitals.type,
          formatMilliseconds(vitals.lcpMs),
          formatMilliseconds(vitals.tbtMs),
        ]),
        [1, 2],
      ),
    );
  }
  if (results.search) {
    const search = results.search;
    section(
      `Search (${results.browserPosts} posts; typed key by key, unthrottled)`,
      search.unavailable
        ? `n/a: ${search.unavailable}`
        : formatTable(
            ['Query', 'Last key → results message'],
            search.queries.map((query) => [query.query, formatMilliseconds(query.lastKeyToResultsMs)]),
            [1],
          ) +
            `\n\nFirst query downloads ${formatBytes(search.firstQueryBytes)} in ${search.firstQueryRequests} requests; ` +
            `median ${formatMilliseconds(search.medianMs)}\n\n` +
            formatTable(
              ['First query request', 'Bytes'],
              (search.firstQueryFiles ?? []).map((file) => [file.path, formatBytes(file.bytes)]),
              [1],
            ),
    );
  }
  if (results.devReady) {
    const dev = results.devReady;
    const bare = results.devReadyBare;
    const bareLine =
      bare === undefined
        ? ''
        : `\nBare Astro's astro dev, same posts: first post page after ${
            bare.firstPageSeconds === undefined
              ? `n/a (${bare.unavailable ?? 'not measured'})`
              : formatSeconds(bare.firstPageSeconds)
          }.`;
    section(
      `npm run dev (${dev.posts.toLocaleString('en-GB')} posts)`,
      (dev.firstPageSeconds === undefined
        ? `n/a: ${dev.unavailable ?? 'not measured'}`
        : `First page served after ${formatSeconds(dev.firstPageSeconds)}; first search answered after ${
            dev.searchReadySeconds === undefined
              ? `n/a (${dev.unavailable ?? 'no answer'})`
              : formatSeconds(dev.searchReadySeconds)
          }.`) + bareLine,
    );
  }
  if (results.searchBytes.length) {
    section(
      'First search download, by corpus size',
      formatTable(
        ['Posts', 'Bytes', 'Requests'],
        results.searchBytes.map((entry) => [
          entry.posts.toLocaleString('en-GB'),
          formatBytes(entry.bytes),
          String(entry.requests ?? 'n/a'),
        ]),
        [0, 1, 2],
      ),
    );
  }
  if (results.lighthouse.length) {
    section(
      'Lighthouse (mobile preset)',
      formatTable(
        ['Page', ...CATEGORIES],
        results.lighthouse.map((entry) =>
          entry.scores
            ? [entry.type, ...CATEGORIES.map((category) => String(entry.scores?.[category]))]
            : [entry.type, `n/a: ${entry.unavailable}`],
        ),
        [1, 2, 3, 4],
      ),
    );
    const lost = results.lighthouse.flatMap((entry) =>
      (entry.failingAudits ?? []).map((audit) => `  ${entry.type}: ${audit}`),
    );
    if (lost.length) console.log(`\nAudits that cost points:\n${lost.join('\n')}`);
  }
  if (results.cardRenderers) {
    const card = results.cardRenderers;
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    section(
      `One share card, median of ${card.runs}`,
      `satori (layout) ${ms(card.satoriMs)}; resvg native ${ms(card.nativeMs)}, WebAssembly ${ms(card.wasmMs)} ` +
        `(${card.samePixels ? 'same pixels' : 'PIXELS DIFFER'}); PNG with zlib ${ms(card.zlibMs)} (${formatBytes(card.zlibBytes)}), ` +
        `pngjs ${ms(card.pngjsMs)} (${formatBytes(card.pngjsBytes)})`,
    );
  }
  if (results.contentCheck) {
    const check = results.contentCheck;
    section(
      'Content check',
      check.unavailable
        ? `n/a: ${check.unavailable}`
        : `${check.posts} posts + broken ones: ${formatSeconds(check.seconds)} (CPU ${formatSeconds(check.cpuSeconds)}), exit code ${check.exitCode}` +
            (check.unreported?.length ? `; did not name ${check.unreported.join(', ')}` : '; named every broken file'),
    );
  }
  if (results.failures.length) section('Measurements that failed', results.failures.join('\n'));
  section(
    'Goals (issues 8 and 15)',
    formatTable(
      ['Goal', 'Target', 'Measured', 'Status', 'Note'],
      results.goals.map((row) => [row.goal, row.target, row.measured, row.status, row.note]),
      [2],
    ),
  );
}

/**
 * `npm run bench`: builds a generated corpus of 100, 1,000 and 5,000 posts with our site, with a
 * bare Astro site and with Starlight (cold, in the same run), rebuilds ours at 1,000 posts with one
 * post changed and the caches kept, times the content check, then measures the 1,000-post build in
 * Chromium (bytes per page type, LCP and TBT on a throttled phone, search, Lighthouse) and what the
 * first search downloads at 10,000 posts. Prints the figures and the goals of issue 15, and writes
 * everything to bench-results/latest.json.
 *
 * Not a test: nothing here fails because a figure misses its goal. The default run takes about
 * 12 minutes on two quiet cores, most of it the 5,000-post build; other work on the machine
 * slows it, so note the load with the figures.
 *
 * Flags: --sizes 100,1000,5000   which corpus sizes to build (ours, bare Astro and Starlight)
 *        --search-sizes 10000    more sizes built with ours only, to weigh the first search ('' for none)
 *        --skip-browser          builds only (no Chromium, no Lighthouse)
 *        --skip-lighthouse       Chromium measurements without Lighthouse
 *        --out <file>            where the JSON goes (default bench-results/latest.json)
 *        --port <n>              port for the local server (default 4350; `astro dev` gets the next one)
 */
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './lib/browser';
import { pageOfEachType } from './lib/built-site';
import { startStaticServer } from './lib/static-server';
import {
  baseCorpusOptions,
  buildBare,
  buildOurs,
  buildStarlight,
  editOnePost,
  FIRST_POST_ID,
  writeContent,
  type BuildMeasurement,
} from './bench/builds';
import { filesUnder } from './bench/built-site';
import { timeContentCheck } from './bench/content-check';
import { measureBareDevReady, measureDevReady, type DevReadyTiming } from './bench/dev-ready';
import { brokenPostFiles } from './bench/corpus';
import { goalRows, type BenchResults } from './bench/goals';
import { runLighthouse } from './bench/lighthouse';
import { measurePageWeight } from './bench/page-weight';
import { printReport } from './bench/report';
import { measureSearch } from './bench/search-timing';
import { measureVitals } from './bench/web-vitals';
import { measureCardRenderers } from './bench/share-card-renderers';
import { cardPalette, postShareCard } from '../src/lib/share-cards/share-card';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    'search-sizes': { type: 'string', default: '10000' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/latest.json' },
    port: { type: 'string', default: '4350' },
  },
});

const WORK = 'bench-work';
const sizes = flags.sizes
  .split(',')
  .map((size) => Number(size.trim()))
  .sort((a, b) => a - b);
const searchSizes = flags['search-sizes']
  .split(',')
  .filter((size) => size.trim() !== '')
  .map((size) => Number(size.trim()));
if ([...sizes, ...searchSizes].some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(
    `bench: --sizes and --search-sizes take whole numbers separated by commas, such as 100,1000; got "${flags.sizes}" and "${flags['search-sizes']}".`,
  );
  process.exit(2);
}
/** The browser measures the 1,000-post build, the reference size, or the nearest one run. */
const browserPosts = sizes.reduce((best, size) => (Math.abs(size - 1000) < Math.abs(best - 1000) ? size : best));
const log = (message: string) => console.log(`bench: ${message}`);

const results: BenchResults = {
  startedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    platform: `${platform()} ${release()}`,
    node: process.version,
    loadAverageAtStart: loadavg(),
  },
  sizes,
  builds: [],
  searchBytes: [],
  pageWeights: [],
  vitals: [],
  lighthouse: [],
  failures: [],
  goals: [],
};

/** Fails early and plainly when the port is taken (the static server would crash on it later). */
function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', () => reject(new Error(`bench: port ${port} is in use; choose another with --port.`)))
      .once('listening', () => probe.close(() => resolve()))
      .listen(port, '127.0.0.1');
  });
}
if (!flags['skip-browser']) await ensurePortFree(Number(flags.port));

const siteDir = (posts: number) => join(WORK, 'out', `site-${posts}`);

for (const posts of sizes) {
  const content = writeContent(join(WORK, `content-${posts}`), baseCorpusOptions(posts));
  log(`${posts} posts: building the bare Astro baseline…`);
  const bare = await buildBare(content, join(WORK, `bare-${posts}`), join(WORK, 'out', `bare-${posts}`), posts);
  log(`${posts} posts: building Starlight…`);
  const starlight = await buildStarlight(
    content,
    join(WORK, `starlight-${posts}`),
    join(WORK, 'out', `starlight-${posts}`),
    posts,
  );
  log(`${posts} posts: building our site…`);
  const ours: BuildMeasurement = await buildOurs(content, siteDir(posts), posts);
  results.builds.push(ours, bare, starlight);
  log(
    `${posts} posts: ours ${ours.wallSeconds.toFixed(1)} s, bare ${bare.wallSeconds.toFixed(1)} s, Starlight ${starlight.wallSeconds.toFixed(1)} s`,
  );
  if (posts === browserPosts) {
    editOnePost(content);
    log(`${posts} posts: rebuilding our site with one post changed, caches kept…`);
    const rebuild = await buildOurs(content, siteDir(posts), posts, { rebuild: true });
    results.builds.push(rebuild);
    log(`${posts} posts: rebuild ${rebuild.wallSeconds.toFixed(1)} s`);
  }
}

log('timing the share-card renderers (native and WebAssembly resvg, zlib and pngjs)…');
results.cardRenderers = await measureCardRenderers(
  postShareCard({ title: "Lucy de Groot: what the site's editors learned", date: new Date('2014-03-02') }, [
    'Evidence',
    'Commissioning',
  ]),
  cardPalette(readFileSync('src/styles/tokens.css', 'utf8')),
);

log(`timing the content check over ${browserPosts} posts with broken ones among them…`);
const checkOptions = baseCorpusOptions(browserPosts);
const checkDir = writeContent(join(WORK, `content-check-${browserPosts}`), checkOptions, { broken: true });
results.contentCheck = await timeContentCheck(
  checkDir,
  browserPosts,
  brokenPostFiles(checkOptions).map((file) => file.path),
);

/** A dev timing that failed, reported with the figures: it never loses the builds measured above. */
const devNotTimed = (error: unknown): DevReadyTiming => ({
  posts: browserPosts,
  unavailable: `astro dev could not be timed: ${(error as Error).message.split('\n')[0]}`,
});
log(`timing npm run dev over ${browserPosts} posts: first page, then first search…`);
results.devReady = await measureDevReady(
  resolve(join(WORK, `content-${browserPosts}`)),
  browserPosts,
  Number(flags.port) + 1,
).catch(devNotTimed);
if (sizes.includes(browserPosts)) {
  log(`timing the bare Astro project's astro dev over ${browserPosts} posts: first post page…`);
  results.devReadyBare = await measureBareDevReady(
    resolve(join(WORK, `bare-${browserPosts}`)),
    `/blog/${FIRST_POST_ID}/`,
    browserPosts,
    Number(flags.port) + 1,
  ).catch(devNotTimed);
}

/** Runs one browser measurement; a failure is reported and the run goes on to the next. */
async function phase(name: string, measure: () => Promise<void>): Promise<void> {
  log(`${name}…`);
  try {
    await measure();
  } catch (error) {
    const message = `${name} failed: ${(error as Error).message.split('\n')[0]}`;
    results.failures.push(message);
    log(message);
  }
}

if (!flags['skip-browser']) {
  const root = siteDir(browserPosts);
  const port = Number(flags.port);
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await startStaticServer(root, port);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    results.browserPosts = browserPosts;
    const types = pageOfEachType(root);
    const chartPage = filesUnder(root)
      .filter((file) => file.endsWith('.html'))
      .find((file) => readFileSync(join(root, file), 'utf8').includes('<cpp-chart'));
    const pathOf = (type: string): [string, string] => {
      const path = types[type];
      if (!path) throw new Error(`bench: the built site has no ${type} page.`);
      return [type, path];
    };
    const weighed = ['home', 'publication', 'post', 'blog', 'theme', 'themes', 'about', 'search'].map(pathOf);
    const chartPath = chartPage && `/${chartPage.replace(/index\.html$/, '')}`;
    if (chartPath && !weighed.some(([, path]) => path === chartPath)) weighed.push(['first chart page', chartPath]);
    const readingPages = ['home', 'publication', 'post'].map(pathOf);
    await phase('weighing one page of each type', async () => {
      for (const [type, path] of weighed)
        results.pageWeights.push(await measurePageWeight(browser, baseUrl, type, path));
    });
    await phase('timing LCP and TBT on a throttled phone', async () => {
      for (const [type, path] of readingPages) results.vitals.push(await measureVitals(browser, baseUrl, type, path));
    });
    await phase('timing search', async () => {
      results.search = await measureSearch(browser, baseUrl);
    });
    if (!flags['skip-lighthouse']) {
      await phase('running Lighthouse (mobile)', async () => {
        for (const [type, path] of readingPages) results.lighthouse.push(await runLighthouse(baseUrl, type, path));
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** What the first search downloads from a build of `posts` posts (ours only; built here when not built above). */
async function weighFirstSearch(posts: number, root: string): Promise<void> {
  const port = Number(flags.port);
  const server = await startStaticServer(root, port);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    const search = await measureSearch(browser, `http://127.0.0.1:${port}`);
    results.searchBytes.push({ posts, bytes: search.firstQueryBytes, requests: search.firstQueryRequests });
  } finally {
    await browser.close();
    server.close();
  }
}

if (!flags['skip-browser']) {
  if (results.search) {
    results.searchBytes.push({
      posts: browserPosts,
      bytes: results.search.firstQueryBytes,
      requests: results.search.firstQueryRequests,
    });
  }
  for (const posts of searchSizes.filter((size) => !sizes.includes(size))) {
    const content = writeContent(join(WORK, `content-${posts}`), baseCorpusOptions(posts));
    log(`${posts} posts: building our site to weigh the first search…`);
    const ours = await buildOurs(content, siteDir(posts), posts);
    results.builds.push(ours);
    await phase(`weighing the first search at ${posts} posts`, () => weighFirstSearch(posts, siteDir(posts)));
  }
}

results.goals = goalRows(results);
printReport(results);
mkdirSync(dirname(flags.out), { recursive: true });
writeFileSync(flags.out, `${JSON.stringify(results, null, 2)}\n`);
log(`figures written to ${flags.out}`);

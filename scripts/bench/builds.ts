/**
 * Writes a generated corpus into a content folder and builds it three times: with our site (through
 * CPP_CONTENT_DIR), with the bare Astro baseline and with Starlight. Each cold build gets fresh
 * output and cache folders; a rebuild keeps the caches, as CI keeps them between runs.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bareSiteFiles } from './bare-site';
import { copyStarlightPosts, starlightSiteFiles } from './starlight-site';
import { brokenPostFiles, generateCorpus, idsInYamlList, type CorpusFile, type CorpusOptions } from './corpus';
import { builtSiteStats, type BuiltSiteStats } from './built-site';
import { measureRun } from './process-tree';

/** The site's own words: the corpus borrows their ids. */
const BASE_CONTENT = 'content';
const BASE_FILES = ['themes.yaml', 'people.yaml', 'organisations.yaml', 'findings.yaml', 'events.yaml', 'about'];

function writeFiles(dir: string, files: readonly CorpusFile[]): void {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** The corpus options drawn from the base content's themes and people. */
export function baseCorpusOptions(posts: number): CorpusOptions {
  const themes = idsInYamlList(readFileSync(join(BASE_CONTENT, 'themes.yaml'), 'utf8'));
  const people = idsInYamlList(readFileSync(join(BASE_CONTENT, 'people.yaml'), 'utf8'));
  return {
    posts,
    themeIds: themes.map((theme) => theme.id),
    themeLabels: Object.fromEntries(themes.map((theme) => [theme.id, theme.label ?? theme.id])),
    authorIds: people.map((person) => person.id),
  };
}

/** A fresh content folder: the base's YAML and about pages, then the generated texts. */
export function writeContent(dir: string, options: CorpusOptions, { broken = false } = {}): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of BASE_FILES) {
    if (existsSync(join(BASE_CONTENT, name))) cpSync(join(BASE_CONTENT, name), join(dir, name), { recursive: true });
  }
  writeFiles(dir, generateCorpus(options));
  if (broken) writeFiles(dir, brokenPostFiles(options));
  return resolve(dir);
}

export type BuiltSite = 'ours' | 'bare' | 'starlight';

export interface BuildMeasurement {
  site: BuiltSite;
  /** A rebuild keeps Astro's cache and the share-card cache of an earlier build. */
  rebuild?: boolean;
  posts: number;
  wallSeconds: number;
  peakRssBytes: number | undefined;
  /** CPU seconds the build's processes used (sampled): steadier than wall time under load. */
  cpuSeconds: number | undefined;
  pagesPerSecond: number;
  built: BuiltSiteStats;
}

const ASTRO_BUILD = resolve('scripts/bench/astro-build.mjs');

async function buildAndMeasure(
  site: BuiltSite,
  posts: number,
  root: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  { rebuild = false } = {},
): Promise<BuildMeasurement> {
  const cacheDir = `${outDir}-cache`;
  rmSync(outDir, { recursive: true, force: true });
  if (!rebuild) rmSync(cacheDir, { recursive: true, force: true });
  // Share cards and citations are cached outside Astro's cache folder; a cold build must write them all again.
  const coldEnv = {
    ...env,
    CPP_CARD_CACHE_DIR: resolve(cacheDir, 'share-cards'),
    CPP_CITATION_CACHE_DIR: resolve(cacheDir, 'citations'),
  };
  const run = await measureRun(process.execPath, [ASTRO_BUILD, root, resolve(outDir), resolve(cacheDir)], {
    env: coldEnv,
  });
  if (run.exitCode !== 0) {
    throw new Error(`The ${site} build of ${posts} posts failed (exit ${run.exitCode}):\n${run.stderr || run.stdout}`);
  }
  const built = builtSiteStats(outDir);
  return {
    site,
    ...(rebuild ? { rebuild } : {}),
    posts,
    wallSeconds: run.wallSeconds,
    peakRssBytes: run.peakRssBytes,
    cpuSeconds: run.cpuSeconds,
    pagesPerSecond: built.pages / run.wallSeconds,
    built,
  };
}

/** Builds our site against `contentDir` into `outDir`; a rebuild keeps the caches of the last build there. */
export function buildOurs(
  contentDir: string,
  outDir: string,
  posts: number,
  { rebuild = false } = {},
): Promise<BuildMeasurement> {
  const env = { ...process.env, CPP_CONTENT_DIR: contentDir };
  return buildAndMeasure('ours', posts, resolve('.'), outDir, env, { rebuild });
}

/** The id (and file name, less `.mdx`) of the first generated post. */
export const FIRST_POST_ID = '0001-benchmark-post';

/** Edits one post's text, as a rapporteur's pull request would, before a rebuild. */
export function editOnePost(contentDir: string): string {
  const path = join(contentDir, 'posts', `${FIRST_POST_ID}.mdx`);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\nAn added closing sentence, changed for the rebuild.\n`);
  return path;
}

/** Writes a Starlight project beside the output and builds the same posts with it. */
export function buildStarlight(contentDir: string, projectDir: string, outDir: string, posts: number) {
  rmSync(projectDir, { recursive: true, force: true });
  writeFiles(projectDir, starlightSiteFiles());
  copyStarlightPosts(join(contentDir, 'posts'), projectDir);
  return buildAndMeasure('starlight', posts, resolve(projectDir), outDir, process.env);
}

/** Writes the bare project beside the output and builds the same posts with it. */
export function buildBare(contentDir: string, projectDir: string, outDir: string, posts: number) {
  rmSync(projectDir, { recursive: true, force: true });
  writeFiles(projectDir, bareSiteFiles(join(contentDir, 'posts')));
  return buildAndMeasure('bare', posts, resolve(projectDir), outDir, process.env);
}

/**
 * Formatted citations kept between builds. citeproc takes tens of milliseconds to write one APA or
 * Harvard reference (a CPU profile of a 1,000-post build put a fifth of the main thread's time in
 * it), and a build writes two or more per post, every build, though a post's reference only
 * changes when its title, authors, date or address do. Each text is filed under
 * `node_modules/.cache/cpp-citations/` (kept between CI runs by the Actions cache, beside the share
 * cards) under a hash of everything that shapes it: the CSL-JSON item, the style and locale, and
 * the versions of citation-js and citeproc. An unchanged reference costs one file read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Bump when citations.ts changes how it turns an item into text, so cached texts are written again. */
const FORMAT_VERSION = 'citations-2';
/** CPP_CITATION_CACHE_DIR moves the cache (the benchmark gives each cold build an empty one, tests their own). */
const cacheDir = () =>
  process.env['CPP_CITATION_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'cpp-citations');
const ENGINE_PACKAGES = ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc'];

const require = createRequire(import.meta.url);
let engineKey: string | undefined;

/** The versions of the packages that write the text (each read from its package.json). */
function engineVersions(): string {
  engineKey ??= JSON.stringify([
    FORMAT_VERSION,
    ...ENGINE_PACKAGES.map((name) => (require(`${name}/package.json`) as { version: string }).version),
  ]);
  return engineKey;
}

/** The cache key of one formatted reference: a hash of its style, its item and the engine. */
export function citationKey(style: string, item: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([engineVersions(), style, item]))
    .digest('hex');
}

function cacheFile(style: string, item: unknown): string {
  return join(cacheDir(), `${citationKey(style, item)}.txt`);
}

/** The text filed for `item` in `style` by this or an earlier build, if any. */
export function readCachedCitation(style: string, item: unknown): string | undefined {
  try {
    return readFileSync(cacheFile(style, item), 'utf8');
  } catch {
    return undefined;
  }
}

/** Files `text` as the reference of `item` in `style`. */
export function storeCitation(style: string, item: unknown, text: string): void {
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(cacheFile(style, item), text);
}

/** The text `write` gives for `item` in `style`, from the cache when it was written before. */
export function cachedCitation(style: string, item: unknown, write: () => string): string {
  const cached = readCachedCitation(style, item);
  if (cached !== undefined) return cached;
  const text = write();
  storeCitation(style, item, text);
  return text;
}

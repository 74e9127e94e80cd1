/**
 * What a build left on disk, read without a browser: its size, its search index, and which of its
 * pages run JavaScript at all (every page, not a sample).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Script types a browser runs; anything else (JSON-LD, speculation rules, templates) is data. */
export const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Whether an HTML page runs JavaScript: any `<script>` with a `src`, or inline with an executable
 * type. `<script type="application/ld+json">` is data and does not count.
 * @example pageRunsJavaScript('<script type="module" src="/_astro/a.js"></script>') // true
 */
export function pageRunsJavaScript(html: string): boolean {
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) return true;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (EXECUTABLE_TYPES.has(type)) return true;
  }
  return false;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

const bytesUnder = (dir: string) => filesUnder(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);

export interface BuiltSiteStats {
  /** HTML pages built. */
  pages: number;
  /** Everything in the output folder, in bytes. */
  siteBytes: number;
  /** The Pagefind index folder, in bytes; undefined when the build made none. */
  searchIndexBytes: number | undefined;
  /** Pages with no script a browser would run. */
  pagesWithoutJavaScript: number;
  /** Site paths of the pages that do run scripts. */
  pagesWithJavaScript: string[];
  /** The largest HTML page once gzipped (what a reader downloads), and where it is. */
  largestPage: { path: string; gzipBytes: number } | undefined;
}

/** The HTML page with the most gzipped bytes. */
export function largestPage(dir: string, html: readonly string[]): BuiltSiteStats['largestPage'] {
  let largest: BuiltSiteStats['largestPage'];
  for (const file of html) {
    const gzipBytes = gzipSync(readFileSync(join(dir, file))).length;
    if (!largest || gzipBytes > largest.gzipBytes)
      largest = { path: `/${file.replace(/index\.html$/, '')}`, gzipBytes };
  }
  return largest;
}

export function builtSiteStats(dir: string): BuiltSiteStats {
  const files = filesUnder(dir);
  const html = files.filter((file) => file.endsWith('.html'));
  const withScripts = html.filter((file) => pageRunsJavaScript(readFileSync(join(dir, file), 'utf8')));
  const pagefind = join(dir, 'pagefind');
  return {
    pages: html.length,
    siteBytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0),
    searchIndexBytes: existsSync(pagefind) ? bytesUnder(pagefind) : undefined,
    pagesWithoutJavaScript: html.length - withScripts.length,
    pagesWithJavaScript: withScripts.map((file) => `/${file.replace(/index\.html$/, '')}`),
    largestPage: largestPage(dir, html),
  };
}

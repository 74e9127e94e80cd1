/**
 * Runs every content check over a content folder: the one part of the checks that reads the disk.
 * Used by `npm run check:content` and by the build (src/integrations/content-check.ts), so both
 * say exactly the same thing. Each file is read and parsed once; Astro is not started.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DEFAULT_YAML_LIMITS } from '../content/yaml-data';
import { checkAboutPage } from './about-pages';
import { checkAddresses } from './addresses';
import { entrySlug } from './anchors';
import { parseContentFile, type Collection, type ContentFile } from './content-file';
import {
  checkDisconnectSections,
  checkDuplicateTitles,
  checkSectionIds,
  checkThemeCoverage,
  YEAR_ONE_REPORT,
} from './cross-document';
import { checkListReferences, LIST_FILES, readListFile, type ListFile, type ListFileName } from './data-files';
import { checkFrontmatter, ukToday } from './frontmatter';
import { checkImages } from './images';
import { checkLinks } from './links';
import { checkPlaceholders } from './placeholders';
import { compareProblems, formatProblem, type Problem } from './problem';
import { checkReferences } from './references';
import type { FileRule } from './rule';
import { checkContentFolder, checkSafety } from './safety';
import { buildSiteIndex, pageOf, type SiteIndex } from './site-index';
import { postHref, publicationHref } from '../routes';

/** Every per-file check, in the order their problems read best. */
const FILE_RULES: readonly FileRule[] = [
  checkFrontmatter,
  checkPlaceholders,
  checkReferences,
  checkImages,
  checkLinks,
  checkSafety,
];

/** Where posts may import components from, relative to the repository. */
const MDX_COMPONENTS_DIR = 'src/components/mdx';

/** The site's address when SITE_URL is not set; the same default as astro.config.mjs. */
const DEFAULT_SITE_ORIGIN = 'https://connecting-policy-with-practice.github.io';

export interface CheckOptions {
  /** The content folder (`content/` or a fixture). */
  contentDir: string;
  /** The repository, for `src/pages/`, `public/` and the MDX components. Defaults to the working directory. */
  repoRoot?: string;
  /** Paths in messages are relative to this. Defaults to the working directory. */
  displayRoot?: string;
  /** `YYYY-MM-DD`; defaults to today in the UK. */
  today?: string;
}

export interface CheckResult {
  problems: Problem[];
  filesChecked: number;
  /** Each page a post or publication becomes (`/blog/my-post/`), and its file as messages name it. */
  pages: Map<string, string>;
}

const toPosix = (path: string) => path.split(sep).join('/');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(toPosix)
    .filter((path) => isFile(join(dir, path)))
    .sort();
}

/** Whether a path is a file; a dangling link is not (and must not stop the whole run). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The largest post or publication file read at all: a guard against files far too big to load.
 * Below it, a post is held to the post format's own length rule (MAX_POST_CHARACTERS in
 * src/lib/post-format/allowlist.ts), in the same words the build's gate uses.
 */
const MAX_CONTENT_FILE_BYTES = 16 * 1024 * 1024;

/**
 * A problem for a check that broke on a file instead of answering: one plain line naming the
 * file, never a stack trace (the writer can do nothing with one; the message says who can).
 */
export function crashProblem(file: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    file,
    line: 1,
    field: 'file',
    message: `The checks could not read this file (${reason?.slice(0, 160) ?? 'unknown error'}).`,
    fix: "Look for anything unusual in it (a very long line, odd characters); if it still fails, ask the site's editors, quoting this line.",
  };
}

/** Runs a check of one file, turning a crash into one plain problem. */
function guarded(file: string, check: () => Problem[]): Problem[] {
  try {
    return check();
  } catch (error) {
    return [crashProblem(file, error)];
  }
}

/** Checks a whole content folder and returns every problem, sorted file by file. */
export function checkContent(options: CheckOptions): CheckResult {
  const repoRoot = resolve(options.repoRoot ?? process.cwd());
  const displayRoot = resolve(options.displayRoot ?? process.cwd());
  const contentDir = resolve(options.contentDir);
  const display = (path: string) => toPosix(relative(displayRoot, path));
  const problems: Problem[] = [];

  if (!existsSync(contentDir)) {
    const problem = {
      file: display(contentDir),
      line: 1,
      field: 'folder',
      message: 'The content folder does not exist.',
      fix: 'Run the check from the repository, or pass the folder: npm run check:content -- path/to/content',
    };
    return { problems: [problem], filesChecked: 0, pages: new Map() };
  }

  const lists = new Map<ListFileName, ListFile>();
  for (const name of LIST_FILES) {
    const path = join(contentDir, name);
    const shown = display(path);
    const list = guarded(shown, () => {
      lists.set(name, readListFile(name, shown, readText(path)));
      return [];
    });
    problems.push(...list, ...(lists.get(name)?.problems ?? []));
  }
  problems.push(...guarded(display(contentDir), () => checkListReferences(lists)));
  const aboutDir = join(contentDir, 'about');
  for (const path of filesUnder(aboutDir).filter(
    (name) => name.endsWith('.md') && !name.split('/').at(-1)!.startsWith('_'),
  )) {
    const shown = display(join(aboutDir, path));
    problems.push(...guarded(shown, () => checkAboutPage(shown, readText(join(aboutDir, path)) ?? '')));
  }
  problems.push(...guarded(display(contentDir), () => checkContentFolder(contentDir, display)));

  const files: ContentFile[] = [];
  /** Pages of files refused before they could be read, so `npm run dev` shows their problems too. */
  const refusedPages = new Map<string, string>();
  for (const collection of ['posts', 'publications'] as const satisfies readonly Collection[]) {
    const base = join(contentDir, collection);
    for (const path of filesUnder(base)) {
      const name = path.split('/').at(-1)!;
      if (name.startsWith('_')) continue;
      const absolutePath = join(base, path);
      if (name.endsWith('.md')) {
        problems.push({
          file: display(absolutePath),
          line: 1,
          field: 'file',
          message: 'The file ends in .md, so the site ignores it.',
          fix: `Rename it to ${name.replace(/\.md$/, '.mdx')}.`,
        });
        continue;
      }
      if (!name.endsWith('.mdx')) continue;
      const shown = display(absolutePath);
      const size = statSync(absolutePath).size;
      if (size > MAX_CONTENT_FILE_BYTES) {
        refusedPages.set(
          (collection === 'posts' ? postHref : publicationHref)(entrySlug(path.replace(/\.mdx$/, ''), {})),
          shown,
        );
        problems.push({
          file: shown,
          line: 1,
          field: 'file',
          message: `The file is ${Math.ceil(size / 1024 / 1024)} MB; a post or publication may be at most ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB.`,
          fix: 'Split it into shorter posts, and keep pictures in their own files beside it.',
        });
        continue;
      }
      problems.push(
        ...guarded(shown, () => {
          files.push(
            parseContentFile(readFileSync(absolutePath, 'utf8'), {
              file: shown,
              absolutePath,
              collection,
              entryPath: path.replace(/\.mdx$/, ''),
            }),
          );
          return [];
        }),
      );
    }
  }

  const componentsDir = join(repoRoot, MDX_COMPONENTS_DIR);
  const site = buildSiteIndex({
    files,
    peopleIds: lists.get('people.yaml')?.ids ?? [],
    themeIds: lists.get('themes.yaml')?.ids ?? [],
    routeFiles: filesUnder(join(repoRoot, 'src/pages')),
    publicFiles: new Set(filesUnder(join(repoRoot, 'public')).map((path) => `/${path}`)),
    siteOrigin: process.env['SITE_URL'] ?? DEFAULT_SITE_ORIGIN,
    today: options.today ?? ukToday(),
    componentsDir,
    componentsDirLabel: `${MDX_COMPONENTS_DIR}/`,
    fileExists: (path) => existsSync(path),
  });

  problems.push(...checkParsedFiles(files, site));
  const themes = lists.get('themes.yaml');
  if (themes && themes.problems.length === 0) {
    const report = files.find((file) => file.collection === 'publications' && file.entryPath === YEAR_ONE_REPORT);
    if (report) problems.push(...guarded(report.file, () => checkDisconnectSections(themes.entries, report)));
    problems.push(...guarded(themes.display, () => checkThemeCoverage(themes.entries, files, themes)));
  }
  const pages = new Map([...refusedPages, ...files.map((file) => [pageOf(file), file.file] as const)]);
  return { problems: unique(problems).sort(compareProblems), filesChecked: files.length, pages };
}

/** Every rule over files already read, sorted file by file, top to bottom. */
export function checkParsedFiles(files: readonly ContentFile[], site: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    problems.push(...file.readProblems);
    for (const rule of FILE_RULES) problems.push(...guarded(file.file, () => rule(file, site)));
    if (file.collection === 'publications') problems.push(...guarded(file.file, () => checkSectionIds(file)));
  }
  problems.push(...checkAddresses(files), ...checkDuplicateTitles(files));
  return unique(problems).sort(compareProblems);
}

/** Each problem once: two rules may see the same mistake (the schema and the picture check both miss an alt text). */
function unique(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A list file's text, or `undefined` when it does not exist. A file over the YAML size limit is
 * read only that far: enough for the reader to refuse it, without loading a huge file.
 */
function readText(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const limit = DEFAULT_YAML_LIMITS.maxBytes + 1;
  if (statSync(path).size <= limit) return readFileSync(path, 'utf8');
  const buffer = Buffer.alloc(limit);
  const descriptor = openSync(path, 'r');
  try {
    readSync(descriptor, buffer, 0, limit, 0);
  } finally {
    closeSync(descriptor);
  }
  return buffer.toString('utf8');
}

/**
 * Runs every content check over a content folder: the one part of the checks that reads the disk.
 * Used by `npm run check:content` and by the build (src/integrations/content-check.ts), so both
 * say exactly the same thing. Each file is read and parsed once; Astro is not started.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { load } from 'js-yaml';
import { checkAddresses } from './addresses';
import { parseContentFile, type Collection, type ContentFile } from './content-file';
import { checkPostFrontmatter } from './frontmatter';
import { checkImages } from './images';
import { checkLinks } from './links';
import { checkPlaceholders } from './placeholders';
import { compareProblems, type Problem } from './problem';
import { checkReferences } from './references';
import type { FileRule } from './rule';
import { checkContentFolder, checkSafety } from './safety';
import { buildSiteIndex, type SiteIndex } from './site-index';

/** Every per-file check, in the order their problems read best. */
const FILE_RULES: readonly FileRule[] = [
  checkPostFrontmatter,
  checkPlaceholders,
  checkReferences,
  checkImages,
  checkLinks,
  checkSafety,
];

/** Where posts may import components from, relative to the repository. */
export const MDX_COMPONENTS_DIR = 'src/components/mdx';

/** The site's address when SITE_URL is not set; the same default as astro.config.mjs. */
const DEFAULT_SITE_ORIGIN = 'https://connecting-policy-with-practice.github.io';

export interface CheckOptions {
  /** The content folder (`content/` or a fixture). */
  contentDir: string;
  /** The repository, for `src/pages/`, `public/` and the MDX components. Defaults to the working directory. */
  repoRoot?: string;
  /** Paths in messages are relative to this. Defaults to the working directory. */
  displayRoot?: string;
  /** `YYYY-MM-DD`; defaults to today on this machine. */
  today?: string;
}

export interface CheckResult {
  problems: Problem[];
  filesChecked: number;
}

const toPosix = (path: string) => path.split(sep).join('/');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map(toPosix)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/** `YYYY-MM-DD` in the machine's own time zone. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The `id:` values of a YAML list file, with problems when it is missing or unreadable. */
function readIds(path: string, display: string): { ids: string[]; problems: Problem[] } {
  if (!existsSync(path))
    return {
      ids: [],
      problems: [
        {
          file: display,
          line: 1,
          field: 'file',
          message: 'The file is missing.',
          fix: 'Restore it: posts take their ids from it.',
        },
      ],
    };
  try {
    const list: unknown = load(readFileSync(path, 'utf8'));
    const ids = Array.isArray(list)
      ? list
          .map((item: unknown) => (item as { id?: unknown } | null)?.id)
          .filter((id): id is string => typeof id === 'string')
      : [];
    return { ids, problems: [] };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    return {
      ids: [],
      problems: [
        {
          file: display,
          line: (mark?.line ?? 0) + 1,
          field: 'file',
          message: `The file cannot be read (${reason ?? 'YAML error'}).`,
          fix: 'Check the indentation and quotes on this line and the one above it.',
        },
      ],
    };
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
    return { problems: [problem], filesChecked: 0 };
  }

  const people = readIds(join(contentDir, 'people.yaml'), display(join(contentDir, 'people.yaml')));
  const themes = readIds(join(contentDir, 'themes.yaml'), display(join(contentDir, 'themes.yaml')));
  problems.push(...people.problems, ...themes.problems);
  problems.push(...checkContentFolder(contentDir, display));

  const files: ContentFile[] = [];
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
      files.push(
        parseContentFile(readFileSync(absolutePath, 'utf8'), {
          file: display(absolutePath),
          absolutePath,
          collection,
          entryPath: path.replace(/\.mdx$/, ''),
        }),
      );
    }
  }

  const componentsDir = join(repoRoot, MDX_COMPONENTS_DIR);
  const site = buildSiteIndex({
    files,
    peopleIds: people.ids,
    themeIds: themes.ids,
    routeFiles: filesUnder(join(repoRoot, 'src/pages')),
    publicFiles: new Set(filesUnder(join(repoRoot, 'public')).map((path) => `/${path}`)),
    siteOrigin: process.env['SITE_URL'] ?? DEFAULT_SITE_ORIGIN,
    today: options.today ?? localToday(),
    componentsDir,
    componentsDirLabel: `${MDX_COMPONENTS_DIR}/`,
    fileExists: (path) => existsSync(path),
  });

  problems.push(...checkParsedFiles(files, site));
  return { problems: problems.sort(compareProblems), filesChecked: files.length };
}

/** Every rule over files already read, sorted file by file, top to bottom. */
export function checkParsedFiles(files: readonly ContentFile[], site: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    problems.push(...file.readProblems);
    for (const rule of FILE_RULES) problems.push(...rule(file, site));
  }
  problems.push(...checkAddresses(files));
  return problems.sort(compareProblems);
}

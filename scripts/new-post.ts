/**
 * Starts a new blog post: writes `content/posts/<slug>.mdx` with complete frontmatter, today's
 * date and example text to replace.
 *
 * Usage: npm run new:post -- "Title of the post" --theme <id> [--theme <id>] [--author <id>] [--draft]
 *   [--original-title "…"] [--original-author "…" [--original-author-kind organisation]]
 *   [--original-publisher "…"] [--original-date 2013|2013-11|2013-11-20] [--original-url https://…]
 *   [--original-kind blog-post|news|web-page] [--original-holds full-text|teaser|listing-only]
 * The --original-* flags describe the published text the post summarises (the `original` group).
 * The `--` may be left out (see scripts/lib/new-post/arguments.ts). With nothing after new:post, at
 * a terminal, it asks for the title, themes and authors. Authors default to "editors". The content
 * folder is --content-dir, else CPP_CONTENT_DIR, else content/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ukToday } from '../src/lib/content-check/frontmatter';
import { didYouMean } from '../src/lib/content-check/suggestions';
import { ArgumentError, contentDirOf, parseNewPostArguments } from './lib/new-post/arguments';
import { askForPost } from './lib/new-post/ask';
import { ORIGINAL_FLAGS, originalGroup, originalProblems } from './lib/new-post/original';
import { newPostFile, postSlug } from './lib/new-post/post-file';
import { contentFolder } from '../src/lib/settings';

const USAGE =
  'npm run new:post -- "Title of the post" --theme <theme-id> [--author <person-id>] [--draft] ' +
  '[--original-publisher "…" --original-url https://… --original-holds teaser …]';

function fail(message: string): never {
  console.error(`new:post: ${message}`);
  process.exit(1);
}

function idsIn(path: string): string[] {
  if (!existsSync(path)) fail(`${path} does not exist. Run this from the repository's top folder.`);
  const list: unknown = parse(readFileSync(path, 'utf8'));
  return Array.isArray(list) ? list.map((item: { id?: unknown }) => String(item?.id)) : [];
}

function refuseUnknown(
  given: readonly string[],
  valid: readonly string[],
  noun: string,
  source: string,
  flag: string,
): void {
  const unknown = given.filter((id) => !valid.includes(id));
  if (unknown.length === 0) return;
  const advice = unknown.map((id) => `"${id}" is not a known ${noun}. ${didYouMean(id, valid)}`.trim()).join('\n  ');
  fail(`${advice}\n  Use ${flag} with an id from ${source}: ${valid.join(', ')}.`);
}

const argv = process.argv.slice(2);
const contentDir = contentDirOf(argv, process.env) ?? contentFolder();
const people = idsIn(join(contentDir, 'people.yaml'));
const themes = idsIn(join(contentDir, 'themes.yaml'));

let options;
try {
  options = parseNewPostArguments(argv, process.env, { themes, people });
} catch (error) {
  if (error instanceof ArgumentError) fail(`${error.message}\n  Usage: ${USAGE}`);
  throw error;
}
if (options.help) {
  console.log(`Usage: ${USAGE}\nRun it with nothing after new:post to be asked for each part.`);
  process.exit(0);
}
const nothingGiven =
  !options.title &&
  options.themes.length === 0 &&
  options.authors.length === 0 &&
  Object.keys(options.original).length === 0;
if (nothingGiven && process.stdin.isTTY && process.stdout.isTTY) {
  const answers = await askForPost({ input: process.stdin, output: process.stdout, themes, people });
  Object.assign(options, answers);
}
if (!options.title) fail(`give the post's title in quotes.\n  Usage: ${USAGE}`);

const authors = options.authors.length > 0 ? options.authors : ['editors'];
refuseUnknown(authors, people, 'author', join(contentDir, 'people.yaml'), '--author');
if (options.themes.length === 0)
  fail(
    `say which themes the post is about, with --theme (once per theme).\n  Theme ids: ${themes.join(', ')}.\n  Usage: ${USAGE}`,
  );
refuseUnknown(options.themes, themes, 'theme', join(contentDir, 'themes.yaml'), '--theme');
const original = originalGroup(options.original);
const originalAdvice = original ? originalProblems(original) : [];
if (originalAdvice.length > 0)
  fail(
    `the original is not complete:\n  ${originalAdvice
      .map(({ field, message }) => `--${ORIGINAL_FLAGS[field]}: ${message}`)
      .join(
        '\n  ',
      )}\n  Give --original-publisher, --original-url and --original-holds at least, or no --original-* flag.`,
  );

const slug = postSlug(options.title);
if (!slug) fail('the title needs some letters or numbers to make the file name from.');
const postsDir = join(contentDir, 'posts');
const path = join(postsDir, `${slug}.mdx`);
if (existsSync(path))
  fail(`${path} already exists, and new:post never overwrites a post. Choose another title, or edit that file.`);

mkdirSync(postsDir, { recursive: true });
writeFileSync(
  path,
  newPostFile({
    title: options.title,
    authors,
    themes: options.themes,
    draft: options.draft,
    date: ukToday(),
    original,
  }),
);
const shown = relative(process.cwd(), path);
console.log(`Wrote ${shown}

Next:
  1. Open ${shown} and replace the example summary, source and text (CONTRIBUTING.md explains each field).
  2. Preview it: npm run dev, then open http://localhost:4321/blog/${slug}/
  3. Check it: npm run check:content (it names anything left to fix).
  4. Commit the file (and any picture beside it) and open a pull request.`);

/**
 * Runs the content checks (the same as `npm run check:content`) before Astro reads the content,
 * so a build with a broken post stops with the rapporteur's messages rather than a stack trace.
 *
 * In `npm run dev` it checks again each time a file under the content folder is saved, prints the
 * same plain messages in the terminal, and answers a post's address with those messages instead
 * of the post while it has problems: a post with problems is never rendered, so nothing in it runs.
 * A problem in a file every page reads (a list file such as people.yaml, a publication, the folder
 * itself) is answered on every page the same way, so the preview shows plain messages, never
 * Astro's error overlay, and keeps running until the file is saved fixed.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { performance } from 'node:perf_hooks';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, crashProblem, type CheckResult } from '../lib/content-check/check-content';
import { formatProblem, runSummary } from '../lib/content-check/problem';
import { problemPage } from '../lib/content-check/problem-page';
import { PREVIEW_ENV } from '../lib/content/schemas';
import { contentFolder } from '../lib/settings';

/** The checks, timed, never throwing: a crash becomes one plain problem. */
function runChecks(contentDir: string, root: string): CheckResult & { elapsed: number } {
  const started = performance.now();
  try {
    const result = checkContent({ contentDir, repoRoot: root, displayRoot: root });
    return { ...result, elapsed: performance.now() - started };
  } catch (error) {
    const problem = crashProblem(relative(root, contentDir), error);
    return { problems: [problem], filesChecked: 0, pages: new Map(), elapsed: performance.now() - started };
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Whether a request is for one of the site's pages (all end in `/`) or feeds, not a module Vite serves. */
function isPage(path: string): boolean {
  return path.endsWith('/') || /\.(?:html|xml|txt)$/.test(path);
}

/** What the terminal says after a file under the content folder is saved. */
function reportSave(logger: AstroIntegrationLogger, saved: string, result: CheckResult): void {
  const own = result.problems.filter((problem) => problem.file === saved);
  const others = result.problems.length - own.length;
  const elsewhere = others > 0 ? ` (${others} more in other files: npm run check:content lists them)` : '';
  if (own.length === 0) logger.info(`${saved}: no problems found${elsewhere}.`);
  else
    logger.warn(
      `${saved} has ${own.length === 1 ? 'a problem' : `${own.length} problems`}; its page shows ${own.length === 1 ? 'it' : 'them'} instead of the post until fixed${elsewhere}:\n${own.map(formatProblem).join('\n')}`,
    );
}

export default function contentCheck(): AstroIntegration {
  let root = '';
  let contentDir = '';
  let latest: CheckResult | undefined;
  return {
    name: 'cpp:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        // Posts with problems then load as placeholders, so the preview server keeps running.
        if (command === 'dev') process.env[PREVIEW_ENV] = '1';
        contentDir = resolve(root, contentFolder());
        const result = runChecks(contentDir, root);
        latest = result;
        const { problems, filesChecked } = result;
        const summary = runSummary(problems, filesChecked, result.elapsed);
        if (problems.length === 0) {
          logger.info(summary);
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.warn(
            `The content checks found problems (the build will refuse them, and the preview shows them in place of the post):\n${report}\n${summary}`,
          );
          return;
        }
        logger.error(`The content checks found problems:\n${report}\n${summary}`);
        const error = new AstroError(
          `The content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, listed above.`,
          'Fix each one as its message says (CONTRIBUTING.md explains every field), then build again. "npm run check:content" lists them without building.',
        );
        // The messages above say everything; a stack trace into this file would only alarm a rapporteur.
        error.stack = '';
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        // The content folder may sit outside the project (tests point CPP_CONTENT_DIR at a copy).
        server.watcher.add(contentDir);
        server.watcher.on('all', (event, path) => {
          if (!['add', 'change', 'unlink'].includes(event) || !resolve(path).startsWith(`${contentDir}${sep}`)) return;
          latest = runChecks(contentDir, root);
          reportSave(logger, relative(root, resolve(path)).split(sep).join('/'), latest);
        });
        const postsFolder = `${relative(root, join(contentDir, 'posts')).split(sep).join('/')}/`;
        // Before Astro's own handler: a post with problems is answered here and never rendered.
        server.middlewares.use((request, response, next) => {
          const path = safeDecode(new URL(request.url ?? '/', 'http://localhost').pathname);
          const all = latest?.problems ?? [];
          const answer = (page: string) => {
            response.statusCode = 422;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.setHeader('Cache-Control', 'no-store');
            response.end(page);
          };
          // Problems outside the posts touch every page: each page (not Vite's own files) lists them.
          const everyPage = all.filter((problem) => !problem.file.startsWith(postsFolder));
          if (everyPage.length > 0 && isPage(path)) {
            const files = [...new Set(everyPage.map((problem) => problem.file))].join(', ');
            answer(problemPage(files, everyPage, { name: "The site's content", shows: 'the site' }));
            return;
          }
          const file = latest?.pages.get(path.endsWith('/') ? path : `${path}/`);
          const problems = file ? all.filter((problem) => problem.file === file) : [];
          if (!file || problems.length === 0) {
            next();
            return;
          }
          answer(problemPage(file, problems));
        });
      },
    },
  };
}

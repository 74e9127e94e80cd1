/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, writing the search
 * bundle to `<outDir>/pagefind/`. Nothing is downloaded: the indexer is the binary that the
 * `pagefind` npm package installs for this platform.
 *
 * Under `astro dev` there are no built pages, so the dev server indexes the posts and publications
 * from their files (src/lib/search/dev-search-records.ts) as soon as it listens, while the first page
 * renders (Pagefind indexes in its own process), keeps the bundle in memory, and indexes again
 * shortly after a content file changes: a rapporteur previewing a post can search it.
 *
 * Only pages that mark their content with `data-pagefind-body` are indexed, and within them
 * nothing marked `data-pagefind-ignore`; pages say what they are with `data-pagefind-filter`,
 * `-meta` and `-sort` (see src/components/search/SearchMetadata.astro).
 */
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { devSearchRecords } from '../lib/search/dev-search-records';
import { contentFolder } from '../lib/settings';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** How long after the last save under the content folder the dev server indexes it again. */
const REINDEX_AFTER_MS = 300;

/** The search bundle of the content folder, as files in memory keyed by their path under /pagefind/. */
async function devIndex(contentDir: string): Promise<Map<string, Uint8Array>> {
  const { index, errors } = await pagefind.createIndex({});
  assertNoErrors('start', errors);
  if (!index) throw new Error('Pagefind could not start: it returned no index.');
  // Sent all at once: Pagefind's process takes them in turn, without a round trip between each.
  const records = devSearchRecords(contentDir);
  const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  added.forEach((answer, at) => assertNoErrors(`index ${records[at]!.url}`, answer.errors));
  const written = await index.getFiles();
  assertNoErrors('write the search index', written.errors);
  await index.deleteIndex();
  return new Map(written.files.map((file) => [file.path.split('\\').join('/'), file.content]));
}

/** Fails the build with Pagefind's own messages, naming the step that produced them. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'cpp:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = resolve(root, contentFolder());
        let bundle: Promise<Map<string, Uint8Array>> | undefined;
        let reindex: ReturnType<typeof setTimeout> | undefined;
        const indexed = () => {
          if (bundle) return bundle;
          // A failed index is forgotten, so the next search tries again; a newer one is kept.
          const current = devIndex(contentDir).catch((error: unknown) => {
            if (bundle === current) bundle = undefined;
            throw error;
          });
          return (bundle = current);
        };
        /** Indexes ahead of the first search; a failure is logged here and tried again by that search. */
        const indexAhead = () =>
          indexed().catch((error: unknown) => logger.error(`Search in dev: ${(error as Error).message}`));
        server.httpServer?.once('listening', () => void indexAhead());
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir)) return;
          bundle = undefined;
          // A save often comes with others (an editor writing several files): index once they settle.
          clearTimeout(reindex);
          reindex = setTimeout(() => void indexAhead(), REINDEX_AFTER_MS);
        });
        server.httpServer?.once('close', () => clearTimeout(reindex));
        server.middlewares.use('/pagefind/', (request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname).replace(/^\//, '');
          indexed().then(
            (files) => {
              const file = files.get(path);
              if (!file) return next();
              response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
              response.setHeader('Cache-Control', 'no-store');
              response.end(file);
            },
            (error: unknown) => {
              logger.error(`Search in dev: ${(error as Error).message}`);
              next(error);
            },
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          assertNoErrors('start', errors);
          if (!index) throw new Error('Pagefind could not start: it returned no index.');
          const added = await index.addDirectory({ path: site });
          assertNoErrors(`index the pages in ${site}`, added.errors);
          if (added.page_count === 0) {
            throw new Error(`Pagefind found no page to index in ${site}: no page carries data-pagefind-body.`);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          assertNoErrors('write the search index', written.errors);
          logger.info(`Read ${added.page_count} pages and wrote the search index to ${written.outputPath}.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

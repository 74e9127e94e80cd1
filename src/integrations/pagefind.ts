/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, writing the search
 * bundle to `<outDir>/pagefind/`. Nothing is downloaded: the indexer is the binary that the
 * `pagefind` npm package installs for this platform.
 *
 * Under `astro dev` there are no built pages, so the dev server indexes the posts and publications
 * from their files (src/lib/search/dev-search-records.ts) on the first request for /pagefind/, keeps the
 * bundle in memory, and indexes again after a content file changes: a rapporteur previewing a
 * post can search it.
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

/** The search bundle of the content folder, as files in memory keyed by their path under /pagefind/. */
async function devIndex(contentDir: string): Promise<Map<string, Uint8Array>> {
  const { index, errors } = await pagefind.createIndex({});
  assertNoErrors('start', errors);
  if (!index) throw new Error('Pagefind could not start: it returned no index.');
  for (const record of devSearchRecords(contentDir)) {
    const added = await index.addCustomRecord(record);
    assertNoErrors(`index ${record.url}`, added.errors);
  }
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
        server.watcher.on('all', (_event, path) => {
          if (resolve(path).startsWith(contentDir)) bundle = undefined;
        });
        server.middlewares.use('/pagefind/', (request, response, next) => {
          bundle ??= devIndex(contentDir).catch((error: unknown) => {
            bundle = undefined;
            throw error;
          });
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname).replace(/^\//, '');
          bundle.then(
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

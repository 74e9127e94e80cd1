/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, writing the search
 * bundle to `<outDir>/pagefind/`. Nothing is downloaded: the indexer is the binary that the
 * `pagefind` npm package installs for this platform.
 *
 * Only pages that mark their content with `data-pagefind-body` are indexed, and within them
 * nothing marked `data-pagefind-ignore`; pages say what they are with `data-pagefind-filter`,
 * `-meta` and `-sort` (see src/components/search/SearchMetadata.astro).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Fails the build with Pagefind's own messages, naming the step that produced them. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'cpp:pagefind',
    hooks: {
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

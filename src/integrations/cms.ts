/**
 * Adds the CMS at `/admin/` to the built site (scripts/build-cms.ts). It runs last: by then the
 * search index, the sitemap and the site-wide `_headers` policy are written, so the admin page is
 * in none of them and keeps its own policy.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function cms(): AstroIntegration {
  return {
    name: 'cpp:cms',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // A separate process: the post schema is loaded with a module hook (scripts/lib/cms/load-post-schema.ts).
        const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-cms.ts', fileURLToPath(dir)], {
          encoding: 'utf8',
        });
        if (result.status !== 0) throw new Error(`The CMS could not be written:\n${result.stderr || result.stdout}`);
        logger.info(result.stdout.trim());
      },
    },
  };
}

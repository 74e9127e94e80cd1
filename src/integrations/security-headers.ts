/**
 * Writes `dist/_headers` after the build: the site's security headers and a Content-Security-Policy
 * that allows what every built page's own `<meta>` policy allows, plus `frame-ancestors`, which a
 * `<meta>` cannot deliver. The policy itself lives in src/lib/security-headers.ts.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, metaCspOf, parseCsp, siteHeaderBlocks } from '../lib/security-headers';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'cpp:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        const policies = pages.flatMap((page) => {
          const policy = metaCspOf(readFileSync(join(root, page), 'utf8'));
          if (!policy) logger.warn(`${page} has no Content-Security-Policy <meta>; it relies on _headers alone.`);
          return policy ? [parseCsp(policy)] : [];
        });
        const target = join(root, '_headers');
        // Rules a person put in public/_headers (copied to dist/ by now) are kept, ours follow them.
        const existing = existsSync(target) ? `${readFileSync(target, 'utf8').trimEnd()}\n\n` : '';
        writeFileSync(target, existing + headersFile(siteHeaderBlocks(policies)));
        logger.info(`_headers written from the policies of ${policies.length} pages.`);
      },
    },
  };
}

/**
 * After the build: moves each page's CSP `<meta>` to the top of its `<head>`, and writes
 * `dist/_headers` with the site's security headers and each page's own Content-Security-Policy
 * plus `frame-ancestors`, which a `<meta>` cannot deliver. The policy itself lives in
 * src/lib/hosting/security-headers.ts.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  headersFile,
  metaCspOf,
  overlongHeaderLines,
  pagePathOf,
  parseCsp,
  siteHeaderBlocks,
  withCspMetaFirst,
  type PagePolicy,
} from '../lib/hosting/security-headers';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'cpp:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        const policies = pages.flatMap((page): PagePolicy[] => {
          const file = join(root, page);
          const html = readFileSync(file, 'utf8');
          const policy = metaCspOf(html);
          if (!policy) {
            logger.warn(`${page} has no Content-Security-Policy <meta>; it relies on _headers alone.`);
            return [];
          }
          const moved = withCspMetaFirst(html);
          if (moved !== html) writeFileSync(file, moved);
          return [{ path: pagePathOf(page), policy: parseCsp(policy) }];
        });
        const target = join(root, '_headers');
        // Rules a person put in public/_headers (copied to dist/ by now) are kept, ours follow them.
        const existing = existsSync(target) ? `${readFileSync(target, 'utf8').trimEnd()}\n\n` : '';
        const text = existing + headersFile(siteHeaderBlocks(policies));
        writeFileSync(target, text);
        for (const problem of overlongHeaderLines(text)) {
          logger.error(`_headers ${problem}. Cloudflare Pages would not send this header.`);
        }
        logger.info(`_headers written from the policies of ${policies.length} pages.`);
      },
    },
  };
}

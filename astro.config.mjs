// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import cms from './src/integrations/cms.ts';
import { astroCspConfig } from './src/lib/hosting/security-headers.ts';
import { postFormatPlugins } from './src/lib/post-format/compiler-plugins.ts';
import { contentFolder, contentDirOverride, siteOrigin } from './src/lib/settings.ts';

/**
 * Builds of another content folder (tests, the benchmark: CPP_CONTENT_DIR) keep their own cache, so
 * the content layer's stored entries of one folder never leak into a build of another.
 */
const contentDir = contentDirOverride();
const cacheDir = contentDir
  ? `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`
  : undefined;

/**
 * Posts are data: inside the MDX compiler, the gate refuses a post with code or a bad picture before
 * it is compiled, and the sanitizer allowlists its HTML. Publications keep full MDX.
 * See src/lib/post-format/.
 */
const postFormat = { contentDir: resolve(contentFolder()), displayRoot: process.cwd() };
const mdxProcessor = satteri(postFormatPlugins(postFormat));

/** The public address of the site; set SITE_URL when deploying somewhere else. */
const site = siteOrigin();

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Several pages at once, so share cards drawn on worker threads (src/lib/share-cards/share-card-render.ts)
  // overlap with the rendering of other pages.
  // Stylesheets are files, never inlined: the CSP then allows them as 'self' rather than by one
  // hash per stylesheet (see src/lib/hosting/security-headers.ts), and Astro's missing hash for styles
  // rendered through Astro.slots.render (the charts' two views) cannot block them.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // The content checks first: a rapporteur's mistakes stop the build before anything else runs.
  // Pagefind indexes the finished pages in the build's output directory; securityHeaders() then
  // writes dist/_headers from the pages' own CSP.
  // cms() comes last, so the admin page is in neither the search index nor the site-wide policy.
  integrations: [contentCheck(), mdx({ processor: mdxProcessor }), sitemap(), pagefind(), securityHeaders(), cms()],
  vite: {
    build: {
      // Scripts and assets are files, never inlined into a page or a data: URL: the CSP allows them
      // as 'self', and stays short enough for Cloudflare Pages' 2,000-character _headers lines.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler warns it
        // may drop; Astro handles it itself, so the warning is noise in every build (one per post).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Each page carries a Content-Security-Policy <meta>, first in its <head>; the layer-order
  // <style is:inline> in Base.astro is allowed by the hash of its file, and the search page adds
  // 'wasm-unsafe-eval' for Pagefind. securityHeaders() sends each page's policy, plus
  // frame-ancestors, in dist/_headers. See src/lib/hosting/security-headers.ts.
  security: { csp: astroCspConfig([readFileSync('src/styles/layers.css', 'utf8')]) },
  // Shiki colours code with inline style attributes, which the CSP forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
});

// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import securityHeaders from './src/integrations/security-headers';
import { astroCspConfig } from './src/lib/security-headers';

/** The public address of the site; set SITE_URL when deploying somewhere else. */
const site = process.env.SITE_URL ?? 'https://connecting-policy-with-practice.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), securityHeaders()],
  // Each page carries a Content-Security-Policy <meta> with hashes of what Astro inlines; the
  // layer-order <style is:inline> in Base.astro is allowed by the hash of its file. securityHeaders()
  // sends the same policy, plus frame-ancestors, in dist/_headers. See src/lib/security-headers.ts.
  security: { csp: astroCspConfig([readFileSync('src/styles/layers.css', 'utf8')]) },
  // Shiki colours code with inline style attributes, which the CSP forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
});

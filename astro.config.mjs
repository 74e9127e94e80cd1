// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check';

/** The public address of the site; set SITE_URL when deploying somewhere else. */
const site = process.env.SITE_URL ?? 'https://connecting-policy-with-practice.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), sitemap()],
});

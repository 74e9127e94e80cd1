import type { KnipConfig } from 'knip';

/**
 * knip (in `npm run lint`) reports files, exports and dependencies that nothing uses. Astro's pages
 * and config, the Playwright tests and the package scripts are found by knip's own plugins; the
 * entries below are the rest of the code that runs without being imported.
 */
const config: KnipConfig = {
  entry: [
    // The posts and publications, read by the content layer (src/content.config.ts); a publication
    // is full MDX and may import components.
    'content/**/*.mdx',
    // The unit tests (vitest.config.ts's include): see `vitest` below.
    'vitest.config.ts',
    'tests/{unit,content,build,security}/**/*.test.ts',
    // Run as separate processes: the CMS build (src/integrations/cms.ts), one benchmark build
    // (scripts/bench/builds.ts), and the list of ids in CONTRIBUTING.md (run by hand).
    'scripts/build-cms.ts',
    'scripts/bench/astro-build.mjs',
    'scripts/contributing-ids.ts',
    // Registered as a module hook's stand-in for astro:content (scripts/lib/cms/load-post-schema.ts).
    'scripts/lib/cms/astro-content-shim.ts',
    // The CMS admin page's own widget, copied into dist/admin/ by scripts/build-cms.ts.
    'src/admin/counted-text.js',
    // Found by html-validate's config loader (tests/e2e/html-valid.spec.ts).
    'html-validate.config.mjs',
  ],
  // The fixture content folders are test data, hostile on purpose (a post that imports code), not code.
  project: ['**/*.{ts,mts,js,mjs,astro,css,mdx}', '!tests/fixtures/**'],
  ignoreDependencies: [
    // Used by path in node_modules, which knip cannot follow: Decap's bundle is copied into
    // dist/admin/ (scripts/build-cms.ts), its proxy is started by the CMS tests
    // (tests/e2e/support/cms-backend.ts), and the benchmark runs node_modules/.bin/lighthouse.
    'decap-cms',
    'decap-server',
    'lighthouse',
  ],
  // Stylesheets import the self-hosted fonts; knip reads only their @import lines.
  compilers: {
    css: (text: string) =>
      [...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map(([, specifier]) => `import '${specifier}';`).join('\n'),
  },
  // vitest.config.ts is getViteConfig(), which runs the whole Astro config (and its content check)
  // each of the eight times knip's plugin would call it; the tests are listed as entries instead.
  vitest: { config: [] },
};

export default config;

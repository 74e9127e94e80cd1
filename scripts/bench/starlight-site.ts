/**
 * The peer a user could pick instead: a Starlight site of the same posts with Starlight's defaults
 * (its Pagefind search, its sitemap, its sidebar of every page). Building it in the same run as ours
 * gives the second ratio of the goal table.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusFile } from './corpus';

/** The js-yaml that Starlight itself depends on (4.x), beside its package. */
function starlightsJsYaml(): string {
  // Starlight's entry is dist/index.js; js-yaml resolves from there to Starlight's own copy.
  const starlightEntry = fileURLToPath(import.meta.resolve('@astrojs/starlight'));
  return createRequire(starlightEntry)
    .resolve('js-yaml')
    .replace(/index\.js$/, join('dist', 'js-yaml.mjs'));
}

/** The project's own files; the posts are copied in by {@link copyStarlightPosts}. */
export function starlightSiteFiles(): CorpusFile[] {
  return [
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// The site address turns on Starlight's sitemap, as any published Starlight site sets it.
// The project lives inside ours, whose node_modules has js-yaml 5 at the top; the alias gives
// Starlight's built chunks the js-yaml 4 that Starlight depends on, as in a project of its own.
export default defineConfig({
  site: 'https://bench.example.org',
  integrations: [starlight({ title: 'Benchmark' })],
  vite: { resolve: { alias: { 'js-yaml': ${JSON.stringify(starlightsJsYaml())} } } },
});
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    },
    {
      path: 'src/content/docs/index.mdx',
      text: `---\ntitle: Benchmark\n---\n\nThe generated posts of the benchmark.\n`,
    },
  ];
}

/** Starlight reads its pages from src/content/docs: the posts go under blog/, as ours are. */
export function copyStarlightPosts(postsDir: string, projectDir: string): void {
  const target = join(projectDir, 'src', 'content', 'docs', 'blog');
  mkdirSync(target, { recursive: true });
  cpSync(postsDir, target, { recursive: true });
}

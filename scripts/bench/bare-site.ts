/**
 * The baseline: a bare Astro site that builds the same posts with MDX, one plain layout and
 * nothing else (no feeds, themes, citations, search or sitemap). Building it in the same run as
 * ours turns the cost of our features into a ratio rather than a guess.
 */
import type { CorpusFile } from './corpus';

/** The files of the bare project; `postsDir` is the absolute folder of the generated posts. */
export function bareSiteFiles(postsDir: string): CorpusFile[] {
  return [
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const posts = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: ${JSON.stringify(postsDir)} }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { posts };
`,
    },
    {
      path: 'src/layouts/Plain.astro',
      text: `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><slot /></main></body>
</html>
`,
    },
    {
      path: 'src/pages/blog/[slug].astro',
      text: `---
import { getCollection, render } from 'astro:content';
import Plain from '../../layouts/Plain.astro';

export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<Plain title={post.data.title}><Content /></Plain>
`,
    },
  ];
}

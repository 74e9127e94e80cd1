/**
 * Wires each collection's loader to its schema. The schemas themselves, with every field
 * documented, live in `src/lib/content/schemas.ts`, where `npm run check:content` runs them too:
 * the build and the check can never disagree. Pages and libraries derive their types with
 * `CollectionEntry<'posts'>['data']`.
 *
 * The words live in `content/` at the top of the repository (not in `src/content`).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  eventSchema,
  findingSchema,
  organisationSchema,
  pageSchema,
  personSchema,
  postSchema,
  PREVIEW_ENV,
  previewFallback,
  publicationSchema,
  themeSchema,
} from './lib/content/schemas';
import { contentFolder } from './lib/settings';

/**
 * Where the words live. Tests and the benchmark point CPP_CONTENT_DIR at a fixture or a generated
 * corpus; everyone else uses `content/`.
 */
const CONTENT_DIR = contentFolder();

/** Files whose names start with `_` are never pages: room for partials and work in progress. */
const MDX_PATTERN = '**/[^_]*.mdx';

const refs = { theme: reference('themes'), person: reference('people'), organisation: reference('organisations') };

const publications = defineCollection({
  loader: glob({ pattern: MDX_PATTERN, base: `${CONTENT_DIR}/publications` }),
  schema: publicationSchema(refs),
});

const posts = defineCollection({
  loader: glob({ pattern: MDX_PATTERN, base: `${CONTENT_DIR}/posts` }),
  schema: ({ image }) => {
    const schema = postSchema({ ...refs, image: image() });
    // In `npm run dev` a post with problems loads as a draft placeholder, so the preview keeps running;
    // its page shows the problems instead (src/integrations/content-check.ts).
    if (process.env[PREVIEW_ENV] !== '1') return schema;
    return schema.catch(({ value }) => previewFallback(value) as z.output<typeof schema>);
  },
});

const themes = defineCollection({ loader: file(`${CONTENT_DIR}/themes.yaml`), schema: themeSchema(refs) });
const findings = defineCollection({ loader: file(`${CONTENT_DIR}/findings.yaml`), schema: findingSchema(refs) });
const people = defineCollection({ loader: file(`${CONTENT_DIR}/people.yaml`), schema: personSchema(refs) });
const organisations = defineCollection({
  loader: file(`${CONTENT_DIR}/organisations.yaml`),
  schema: organisationSchema,
});
const events = defineCollection({ loader: file(`${CONTENT_DIR}/events.yaml`), schema: eventSchema(refs) });

/** Prose for site pages that are not publications or posts (the about page's account). */
const pages = defineCollection({
  loader: glob({ pattern: '**/[^_]*.md', base: `${CONTENT_DIR}/about` }),
  schema: pageSchema,
});

export const collections = { publications, posts, themes, findings, people, organisations, events, pages };

/**
 * Wires each collection's loader to its schema. The schemas themselves, with every field
 * documented, live in `src/lib/content/schemas.ts`, where `npm run check:content` runs them too:
 * the build and the check can never disagree. Pages and libraries derive their types with
 * `CollectionEntry<'posts'>['data']`.
 *
 * The words live in `content/` at the top of the repository (not in `src/content`).
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
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
import { previewSafeGlob } from './lib/content/preview-loader';
import { readYaml } from './lib/content/yaml-data';
import { contentFolder } from './lib/settings';

/**
 * Where the words live. Tests and the benchmark point CPP_CONTENT_DIR at a fixture or a generated
 * corpus; everyone else uses `content/`.
 */
const CONTENT_DIR = contentFolder();

/** Files whose names start with `_` are never pages: room for partials and work in progress. */
const MDX_PATTERN = '**/[^_]*.mdx';

/**
 * In `npm run dev` an entry of a list file or a publication with problems loads as written rather
 * than stopping the preview with Astro's error overlay; while it has problems, every page shows
 * them in plain words instead (src/integrations/content-check.ts), so none of it is rendered.
 */
function previewable<Schema extends z.ZodType>(schema: Schema) {
  if (process.env[PREVIEW_ENV] !== '1') return schema;
  return schema.catch(({ value }) => value as z.output<Schema>);
}

/**
 * The list files are read by the same guarded reader as the checks (no aliases, no tags, bounded
 * size and depth), never by Astro's own YAML parser. A file the checks refuse loads as empty: the
 * build has stopped already, and the preview shows the problems on every page.
 */
function listFile(name: string) {
  return file(`${CONTENT_DIR}/${name}`, {
    parser: (text) => {
      const { data, problem } = readYaml(text);
      if (problem || !Array.isArray(data)) return [];
      return data.filter(
        (entry): entry is Record<string, unknown> => !!entry && typeof entry === 'object' && !Array.isArray(entry),
      );
    },
  });
}

const refs = { theme: reference('themes'), person: reference('people'), organisation: reference('organisations') };

const publications = defineCollection({
  loader: previewSafeGlob({ pattern: MDX_PATTERN, base: `${CONTENT_DIR}/publications` }),
  schema: () => previewable(publicationSchema(refs)),
});

const posts = defineCollection({
  loader: previewSafeGlob({ pattern: MDX_PATTERN, base: `${CONTENT_DIR}/posts` }),
  schema: ({ image }) => {
    const schema = postSchema({ ...refs, image: image() });
    // In `npm run dev` a post with problems loads as a draft placeholder, so the preview keeps running;
    // its page shows the problems instead (src/integrations/content-check.ts).
    if (process.env[PREVIEW_ENV] !== '1') return schema;
    return schema.catch(({ value }) => previewFallback(value));
  },
});

const themes = defineCollection({ loader: listFile('themes.yaml'), schema: () => previewable(themeSchema(refs)) });
const findings = defineCollection({
  loader: listFile('findings.yaml'),
  schema: () => previewable(findingSchema(refs)),
});
const people = defineCollection({ loader: listFile('people.yaml'), schema: () => previewable(personSchema(refs)) });
const organisations = defineCollection({
  loader: listFile('organisations.yaml'),
  schema: () => previewable(organisationSchema),
});
const events = defineCollection({ loader: listFile('events.yaml'), schema: () => previewable(eventSchema(refs)) });

/** Prose for site pages that are not publications or posts (the about page's account). */
const pages = defineCollection({
  loader: previewSafeGlob({ pattern: '**/[^_]*.md', base: `${CONTENT_DIR}/about` }),
  schema: () => previewable(pageSchema),
});

export const collections = { publications, posts, themes, findings, people, organisations, events, pages };

/**
 * The post schema exactly as src/content.config.ts defines it, loaded outside Astro so the CMS form
 * can be generated from it. `astro:content` exists only inside Astro, so a module hook hands the
 * config a stand-in (astro-content-shim.ts) that marks references; pictures are marked by the
 * `image()` helper passed to the schema function.
 *
 * When the schemas move to their own module (src/lib/content/schemas.ts), point CONTENT_CONFIG at it.
 */
import { registerHooks } from 'node:module';
import { z } from 'astro/zod';

const CONTENT_CONFIG = new URL('../../../src/content.config.ts', import.meta.url);
const SHIM = new URL('./astro-content-shim.ts', import.meta.url);

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'astro:content') return { url: SHIM.href, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

interface CollectionWithSchema {
  schema?: z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType);
}

/** The Zod schema of the posts collection, with pictures marked `{ cms: { image: true } }`. */
export async function loadPostSchema(): Promise<z.ZodType> {
  const { collections } = (await import(CONTENT_CONFIG.href)) as {
    collections: Record<string, CollectionWithSchema>;
  };
  const schema = collections['posts']?.schema;
  if (!schema) throw new Error(`${CONTENT_CONFIG.pathname} defines no schema for the posts collection.`);
  return typeof schema === 'function' ? schema({ image: () => z.string().meta({ cms: { image: true } }) }) : schema;
}

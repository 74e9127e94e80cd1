/**
 * Stands in for Astro's `astro:content` module when a command-line tool loads
 * src/content.config.ts outside Astro (see load-post-schema.ts). It keeps every schema as written,
 * and marks what Zod cannot show: a reference becomes an id string tagged with its collection.
 */
import { z } from 'astro/zod';

export function defineCollection<T>(config: T): T {
  return config;
}

export function reference(collection: string) {
  return z.string().meta({ cms: { reference: collection } });
}

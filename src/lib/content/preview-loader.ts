/**
 * Astro's `glob()` loader for posts, publications and the about pages, with one change in
 * `npm run dev`: a file whose frontmatter Astro's own YAML parser throws on (a tag, a colon in an
 * unquoted value) loads with no data (a post as the preview's placeholder, src/lib/content/schemas.ts)
 * instead of stopping the whole preview. The content check's plain message is shown instead: on the
 * post's page, or on every page for a file every page reads (src/integrations/content-check.ts).
 * The build never needs it: the content check stops a build with such a post before Astro reads it.
 *
 * Hand-written because Astro offers no hook for a frontmatter parse error; it wraps the loader
 * rather than copying it.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { PREVIEW_ENV } from './schemas';

/** The part of Astro's content entry types this wrapper touches (the map is not in Astro's public types). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** What an unreadable post loads as: no data, no body. */
const UNREAD = { data: {}, body: '', slug: '', rawData: '' };

export function previewSafeGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) => {
      if (process.env[PREVIEW_ENV] !== '1') return inner.load(context);
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const guarded = new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
              try {
                return await type.getEntryInfo(params);
              } catch {
                return UNREAD;
              }
            },
          },
        ]),
      );
      return inner.load({ ...context, entryTypes: guarded } as LoaderContext);
    },
  };
}

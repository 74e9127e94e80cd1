/** A post's original as the `isBasedOn` of its structured data. */
import type { BasedOnInput } from './json-ld';
import type { Original } from '../content/original';
import type { OriginalKind } from '../content/labels';

const SCHEMA_TYPE: Record<OriginalKind, BasedOnInput['type']> = {
  'blog-post': 'BlogPosting',
  news: 'NewsArticle',
  'web-page': 'WebPage',
};

/** The original at the precision its date is known (`2013-11`), with its author when named. */
export function originalJsonLd(original: Original): BasedOnInput {
  return {
    type: SCHEMA_TYPE[original.kind],
    name: original.title,
    // A listing-only original's address is the listing page, not the text itself.
    url: original.holds === 'listing-only' ? undefined : original.url,
    datePublished: original.date?.iso,
    author: original.author,
    publisher: original.publisher,
  };
}

/** schema.org structured data for search engines: Report, BlogPosting and the partners. */
import { SITE } from './site';

export function organisationsJsonLd(): Record<string, unknown>[] {
  return SITE.partners.map((partner) => ({ '@type': 'Organization', name: partner.name, url: partner.url }));
}

interface ArticleInput {
  title: string;
  summary: string;
  url: string;
  datePublished: string;
  authors: readonly string[];
}

function persons(names: readonly string[]): Record<string, unknown>[] {
  return names.map((name) => ({ '@type': 'Person', name }));
}

/** What a Report and a BlogPosting share; each adds who wrote and published it. */
function articleJsonLd(type: 'Report' | 'BlogPosting', input: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': type,
    headline: input.title,
    description: input.summary,
    url: input.url,
    datePublished: input.datePublished,
    inLanguage: SITE.language,
  };
}

/** A publication: unknown authors stay unknown, so the partners stand as its authors and publishers. */
export function reportJsonLd(input: ArticleInput): Record<string, unknown> {
  return {
    ...articleJsonLd('Report', input),
    name: input.title,
    author: input.authors.length ? persons(input.authors) : organisationsJsonLd(),
    publisher: organisationsJsonLd(),
  };
}

/** A post on this site, published by the site. */
export function blogPostingJsonLd(input: ArticleInput): Record<string, unknown> {
  return {
    ...articleJsonLd('BlogPosting', input),
    author: persons(input.authors),
    publisher: { '@type': 'Organization', name: SITE.publisher },
  };
}

export function websiteJsonLd(url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE.name,
    url,
    inLanguage: SITE.language,
    about: organisationsJsonLd(),
  };
}

/** What JSON leaves raw that an HTML `<script>` block or a JavaScript parser would read as markup or a line end. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029
 * become `\u003c`-style escapes, so a title holding `</script>` or `<!--` stays inside the block. The one
 * serializer every page uses (SeoHead.astro); JSON.parse reads the result back unchanged.
 */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(
    SCRIPT_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * schema.org structured data for search engines. Every reading page is this site's account,
 * written by its editors and published by the site; the text it is about is its `isBasedOn`.
 */
import type { CitedName } from '../citations/citations';
import { SITE } from '../site';

function organisationsJsonLd(): Record<string, unknown>[] {
  return SITE.partners.map((partner) => ({ '@type': 'Organization', name: partner.name, url: partner.url }));
}

/** The text an account is based on: a report, blog post, news item or web page. */
export interface BasedOnInput {
  type: 'Report' | 'BlogPosting' | 'NewsArticle' | 'WebPage';
  /** Its title, when known. */
  name?: string | undefined;
  url?: string | undefined;
  /** At the precision known: `2013`, `2013-11` or `2013-11-20` (all ISO 8601); absent when unknown. */
  datePublished?: string | undefined;
  author?: CitedName | undefined;
  publisher: string;
}

interface ArticleInput {
  title: string;
  summary: string;
  url: string;
  /** The day this site published the page. */
  datePublished: string;
  authors: readonly CitedName[];
  basedOn?: BasedOnInput | undefined;
}

/** A person as a Person, an organisation (such as "The site's editors") as an Organization. */
function agent(name: CitedName): Record<string, unknown> {
  return 'person' in name
    ? { '@type': 'Person', name: name.person }
    : { '@type': 'Organization', name: name.organisation };
}

function basedOnJsonLd(input: BasedOnInput): Record<string, unknown> {
  return {
    '@type': input.type,
    ...(input.name ? { name: input.name, headline: input.name } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    ...(input.author ? { author: agent(input.author) } : {}),
    publisher: { '@type': 'Organization', name: input.publisher },
  };
}

/** What every account shares: who wrote and published it, and what it is based on. */
function articleJsonLd(type: 'Article' | 'BlogPosting', input: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': type,
    headline: input.title,
    description: input.summary,
    url: input.url,
    datePublished: input.datePublished,
    inLanguage: SITE.language,
    author: input.authors.map(agent),
    publisher: { '@type': 'Organization', name: SITE.publisher },
    ...(input.basedOn ? { isBasedOn: basedOnJsonLd(input.basedOn) } : {}),
  };
}

/** A publication's page: the site's account (an Article), based on the report itself. */
export function publicationAccountJsonLd(input: ArticleInput): Record<string, unknown> {
  return articleJsonLd('Article', input);
}

/** A post on this site, published by the site; a summary names its original as `isBasedOn`. */
export function blogPostingJsonLd(input: ArticleInput): Record<string, unknown> {
  return articleJsonLd('BlogPosting', input);
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

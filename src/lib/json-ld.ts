/** schema.org structured data for search engines: Report, BlogPosting and the partners. */
import { SITE } from './site';

export function organisationsJsonLd(): Record<string, unknown>[] {
  return SITE.partners.map((partner) => ({ '@type': 'Organization', name: partner.name, url: partner.url }));
}

export function reportJsonLd(input: {
  title: string;
  summary: string;
  url: string;
  datePublished: string;
  authors: readonly string[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: input.title,
    headline: input.title,
    description: input.summary,
    url: input.url,
    datePublished: input.datePublished,
    inLanguage: SITE.language,
    author: input.authors.length ? input.authors.map((name) => ({ '@type': 'Person', name })) : organisationsJsonLd(),
    publisher: organisationsJsonLd(),
  };
}

export function blogPostingJsonLd(input: {
  title: string;
  summary: string;
  url: string;
  datePublished: string;
  authors: readonly string[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: input.title,
    description: input.summary,
    url: input.url,
    datePublished: input.datePublished,
    inLanguage: SITE.language,
    author: input.authors.map((name) => ({ '@type': 'Person', name })),
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

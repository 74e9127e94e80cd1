/**
 * The choices the search page's filters offer, read from the content at build time so the form is
 * rendered on the server: every theme, every content type, every year something was published,
 * and everyone who wrote something. The values are those the pages give the index.
 */
import { getEntries } from 'astro:content';
import { orderedPublications, orderedThemes, publishedPosts } from '../content/queries';
import { themeKindLabel } from '../content/labels';
import type { ContentType } from './search-state';

export interface FacetOption {
  /** The value in the address and the index: a theme id, a type, a year, a person id. */
  value: string;
  label: string;
}

export interface SearchFacets {
  themes: FacetOption[];
  types: FacetOption[];
  years: FacetOption[];
  authors: FacetOption[];
}

const TYPE_LABELS: Record<ContentType, string> = {
  publication: 'Publications',
  post: 'Blog posts',
  theme: 'Themes',
  person: 'People',
  page: 'Other pages',
};

export async function searchFacets(): Promise<SearchFacets> {
  const [themes, publications, posts] = await Promise.all([orderedThemes(), orderedPublications(), publishedPosts()]);
  const years = new Set([
    ...publications.map((publication) => publication.data.published.iso.slice(0, 4)),
    ...posts.map((post) => String(post.data.date.getUTCFullYear())),
  ]);
  const authorIds = new Set(
    [...publications, ...posts].flatMap((entry) => entry.data.authors.map((author) => author.id)),
  );
  const people = await getEntries([...authorIds].map((id) => ({ collection: 'people' as const, id })));
  return {
    themes: themes.map((theme) => ({
      value: theme.id,
      label: `${theme.data.label} (${themeKindLabel(theme.data.kind).toLowerCase()})`,
    })),
    types: Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label })),
    years: [...years].sort().map((year) => ({ value: year, label: year })),
    authors: people
      .map((person) => ({ value: person.id, label: person.data.name }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/**
 * The part of Pagefind's browser API the search island uses (`/pagefind/pagefind.js`, written by
 * the build). Pagefind ships these types only inside its own repository, so they are restated here.
 */
import type { SubResult } from '../../lib/search/search-results';

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Partial<Record<'title' | 'type' | 'date' | 'summary', string>>;
  sub_results: SubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: { highlightParam?: string; excerptLength?: number; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: object) => Promise<PagefindResponse | null>;
}

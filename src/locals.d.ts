/** What a page hands to the components it renders through `Astro.locals` (one object per page). */
import type { CitationData } from './lib/citations/citations';

declare global {
  namespace App {
    interface Locals {
      /**
       * Set by a publication page so that its MDX headings can offer "Cite this section": MDX
       * renders headings through a fixed component map, and locals are the per-page way to reach them.
       */
      sectionCitations?: {
        byId: ReadonlyMap<string, CitationData>;
        /** Site path the section's files sit under: `/publications/x/cite` → `…/cite/<id>.bib`. */
        filesBase: string;
      };
    }
  }
}

export {};

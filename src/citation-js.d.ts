/**
 * Types for the parts of citation-js the site uses: the packages ship none. Only what
 * `src/lib/citations/citations.ts` and its tests call is declared.
 */
declare module '@citation-js/core' {
  /** The plugin registry; only its configuration is used. */
  export const plugins: { config: { get(name: string): unknown } };
  /** A list of CSL-JSON items, read from CSL-JSON, BibTeX/BibLaTeX or RIS text. */
  export class Cite {
    constructor(data: unknown);
    /** The items as CSL-JSON. */
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    /** With `asEntryArray`: each item's id and its entry, in the order given when `nosort` is set. */
    format(
      format: 'bibliography',
      options: { format: 'text' | 'html'; template: string; lang: string; asEntryArray: true; nosort?: boolean },
    ): [string, string][];
    format(format: 'biblatex' | 'bibtex' | 'ris' | 'data'): string;
  }
}

declare module '@citation-js/name' {
  /** Splits "Lucy de Groot" into CSL-JSON name parts. */
  export function parse(name: string): Record<string, string>;
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';

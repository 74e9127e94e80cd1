/**
 * Reads the citation files with real parsers: citation-js's own BibTeX/BibLaTeX and RIS input
 * plugins, which throw or return nothing on a malformed file. Tests then compare parsed names,
 * titles and dates, not raw strings, so a file that a reference manager reads correctly passes
 * whatever its whitespace.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/** A parsed name: an organisation's literal, or a person's parts. */
export interface CslName {
  literal?: string;
  given?: string;
  'non-dropping-particle'?: string;
  family?: string;
}

/** One reference as CSL-JSON: `type`, `title`, `author`, `issued`, `URL`, `container-title`… */
export type CslReference = Record<string, unknown> & {
  type: string;
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  URL?: string;
  'container-title'?: string;
};

/** Parses one BibTeX/BibLaTeX or RIS record; throws unless there is exactly one. */
export function parseReference(text: string): CslReference {
  const items = new Cite(text).data;
  if (items.length !== 1) throw new Error(`Expected one reference, read ${items.length}: ${text.slice(0, 80)}`);
  return items[0] as CslReference;
}

/** A parsed name as readers see it: "The site's editors", "Lucy de Groot". */
export function nameOf(name: CslName): string {
  return name.literal ?? [name.given, name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}

/** The ISO form of a parsed date at its own precision: `2013-11`. */
export function isoOf(issued: CslReference['issued']): string {
  return (issued?.['date-parts'][0] ?? [])
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');
}

/** HTTP responses for the downloadable reference files. */
import { citeBibtex, citeRis, type CitationData } from './citations';

export type CitationFormat = 'bib' | 'ris';

export function citationResponse(data: CitationData, format: CitationFormat): Response {
  const body = format === 'bib' ? citeBibtex(data) : citeRis(data);
  const type = format === 'bib' ? 'application/x-bibtex' : 'application/x-research-info-systems';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

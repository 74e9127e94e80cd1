import type { APIRoute, GetStaticPaths } from 'astro';
import { publicationCitation } from '../../../lib/citations/citation-data';
import { citationResponse, type CitationFormat } from '../../../lib/citations/citation-files';
import { orderedPublications, type Publication } from '../../../lib/content/queries';

/** `/publications/<slug>/cite.bib` and `cite.ris`: the reference as a file. */
export const getStaticPaths = (async () => {
  const publications = await orderedPublications();
  return publications.flatMap((publication) =>
    (['bib', 'ris'] as const).map((format) => ({ params: { slug: publication.id, format }, props: { publication } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ publication: Publication }, { slug: string; format: CitationFormat }> = ({
  props,
  params,
  site,
}) => citationResponse(publicationCitation(props.publication, site), params.format);

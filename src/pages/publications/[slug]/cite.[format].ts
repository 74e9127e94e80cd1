import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from 'astro:content';
import { publicationCitation } from '../../../lib/citation-data';
import { citationResponse, type CitationFormat } from '../../../lib/citation-files';
import { orderedPublications, type Publication } from '../../../lib/content';

/** `/publications/<slug>/cite.bib` and `cite.ris`: the reference as a file. */
export const getStaticPaths = (async () => {
  const publications = await orderedPublications();
  return publications.flatMap((publication) =>
    (['bib', 'ris'] as const).map((format) => ({ params: { slug: publication.id, format }, props: { publication } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ publication: Publication }, { slug: string; format: CitationFormat }> = async ({
  props,
  params,
  site,
}) => {
  const authors = (await getEntries(props.publication.data.authors)).map((person) => person.data.name);
  return citationResponse(publicationCitation(props.publication, authors, site), params.format);
};

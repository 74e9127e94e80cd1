import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { publicationCitation, sectionCitations } from '../../../../lib/citation-data';
import { citationResponse, type CitationFormat } from '../../../../lib/citation-files';
import { orderedPublications, type Publication } from '../../../../lib/content';

/**
 * `/publications/<slug>/cite/<section-id>.bib` and `.ris`: the reference of one themed section (a
 * year-one disconnect, a year-two question), offered by the "Cite this section" control.
 */
export const getStaticPaths = (async () => {
  const publications = await orderedPublications();
  return publications.flatMap((publication) =>
    publication.data.sections.flatMap((section) =>
      (['bib', 'ris'] as const).map((format) => ({
        params: { slug: publication.id, section: section.id, format },
        props: { publication },
      })),
    ),
  );
}) satisfies GetStaticPaths;

type Params = { slug: string; section: string; format: CitationFormat };

export const GET: APIRoute<{ publication: Publication }, Params> = async ({ props, params, site }) => {
  const { publication } = props;
  const { headings } = await render(publication);
  const citations = sectionCitations(
    publicationCitation(publication, site),
    publication.data.sections,
    headings,
    publication.filePath,
  );
  const citation = citations.get(params.section);
  if (!citation) throw new Error(`No themed section "${params.section}" in ${publication.filePath ?? publication.id}.`);
  return citationResponse(citation, params.format);
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { publicationCitation, sectionCitations } from '../../../../lib/citations/citation-data';
import { citationResponse, type CitationFormat } from '../../../../lib/citations/citation-files';
import { orderedPublications, type Publication } from '../../../../lib/content/queries';
import { publicationSections } from '../../../../lib/content/publication-sections';

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
  const citation = sectionCitations(publicationCitation(publication, site), await publicationSections(publication)).get(
    params.section,
  );
  if (!citation) throw new Error(`No themed section "${params.section}" in ${publication.filePath ?? publication.id}.`);
  return citationResponse(citation, params.format);
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { publicationCitation, sectionCitations } from '../../../../lib/citations/citation-data';
import { citationResponse, type CitationFormat } from '../../../../lib/citations/citation-files';
import { orderedPublications, type Publication } from '../../../../lib/content/queries';

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

async function citationsOf(publication: Publication, site: URL | undefined) {
  const { headings } = await render(publication);
  return sectionCitations(
    publicationCitation(publication, site),
    publication.data.sections,
    headings,
    publication.filePath,
  );
}

/**
 * A publication's section references, worked out once per publication in a build rather than once
 * per file (two files a section); `astro dev` works them out afresh so edits show at once.
 */
const citationsByPublication = new Map<string, ReturnType<typeof citationsOf>>();

export const GET: APIRoute<{ publication: Publication }, Params> = async ({ props, params, site }) => {
  const { publication } = props;
  let citations = import.meta.env.DEV ? undefined : citationsByPublication.get(publication.id);
  if (!citations) {
    citations = citationsOf(publication, site);
    if (!import.meta.env.DEV) citationsByPublication.set(publication.id, citations);
  }
  const citation = (await citations).get(params.section);
  if (!citation) throw new Error(`No themed section "${params.section}" in ${publication.filePath ?? publication.id}.`);
  return citationResponse(citation, params.format);
};

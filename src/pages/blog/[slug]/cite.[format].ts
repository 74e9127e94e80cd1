import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from 'astro:content';
import { citedNameOf, postCitation } from '../../../lib/citations/citation-data';
import { citationResponse, type CitationFormat } from '../../../lib/citations/citation-files';
import { publishedPosts, type Post } from '../../../lib/content/queries';

/** `/blog/<slug>/cite.bib` and `cite.ris`: the reference as a file. */
export const getStaticPaths = (async () => {
  const posts = await publishedPosts();
  return posts.flatMap((post) =>
    (['bib', 'ris'] as const).map((format) => ({ params: { slug: post.id, format }, props: { post } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }, { slug: string; format: CitationFormat }> = async ({
  props,
  params,
  site,
}) => {
  const authors = (await getEntries(props.post.data.authors)).map((person) => citedNameOf(person.data));
  return citationResponse(postCitation(props.post, authors, site), params.format);
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from 'astro:content';
import { orderedPublications, type Publication } from '../../../lib/content/queries';
import { cardPalette, publicationShareCard } from '../../../lib/share-cards/share-card';
import { renderShareCard } from '../../../lib/share-cards/share-card-render';
import tokensCss from '../../../styles/tokens.css?raw';

/** `/publications/<slug>/card.png`: the 1200×630 share card that `og:image` points at. */
export const getStaticPaths = (async () => {
  const publications = await orderedPublications();
  return publications.map((publication) => ({ params: { slug: publication.id }, props: { publication } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ publication: Publication }> = async ({ props }) => {
  const { data } = props.publication;
  const themeLabels = (await getEntries(data.themes)).map((theme) => theme.data.label);
  const png = await renderShareCard(publicationShareCard(data, themeLabels), cardPalette(tokensCss));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

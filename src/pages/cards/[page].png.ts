import type { APIRoute, GetStaticPaths } from 'astro';
import { PAGE_CARD_IDS, pageShareCard, type PageCardId } from '../../lib/share-cards/page-cards';
import { cardPalette } from '../../lib/share-cards/share-card';
import { renderShareCard } from '../../lib/share-cards/share-card-render';
import tokensCss from '../../styles/tokens.css?raw';

/** `/cards/<page>.png`: the 1200×630 share card of the home page, a list page or search. */
export const getStaticPaths = (() => PAGE_CARD_IDS.map((page) => ({ params: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const png = await renderShareCard(pageShareCard(params['page'] as PageCardId), cardPalette(tokensCss));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

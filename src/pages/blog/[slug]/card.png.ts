import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from 'astro:content';
import { publishedPosts, type Post } from '../../../lib/content/queries';
import { cardPalette, postShareCard } from '../../../lib/share-cards/share-card';
import { renderShareCard } from '../../../lib/share-cards/share-card-render';
import tokensCss from '../../../styles/tokens.css?raw';

/** `/blog/<slug>/card.png`: the 1200×630 share card that `og:image` points at. */
export const getStaticPaths = (async () => {
  const posts = await publishedPosts();
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props }) => {
  const { data } = props.post;
  const themeLabels = (await getEntries(data.themes)).map((theme) => theme.data.label);
  const png = await renderShareCard(postShareCard(data, themeLabels), cardPalette(tokensCss));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

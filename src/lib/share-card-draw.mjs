// Lays out, rasterises and encodes a share card: satori turns the card's element tree into SVG with
// Noto Sans, resvg's native build draws it, and Node's zlib encodes the PNG. The native build draws
// the same pixels as the WebAssembly one, faster (scripts/bench/share-card-renderers.ts measures
// both in every `npm run bench`). Plain JavaScript, so the worker threads of share-card-render.ts run it.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePng } from './png.mjs';
import { cardFonts } from './share-card-fonts.mjs';

/**
 * The card's RGBA pixels.
 * @param {unknown} tree the card as React's plain-object element shape (see share-card.ts)
 * @param {number} width
 * @param {number} height
 * @returns {Promise<{ pixels: Uint8Array; width: number; height: number }>}
 */
export async function drawCard(tree, width, height) {
  // satori's types ask for a React node; it takes React's plain-object shape, which the tree is.
  const svg = await satori(/** @type {any} */ (tree), { width, height, fonts: [...cardFonts()] });
  const rendered = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  return { pixels: rendered.pixels, width: rendered.width, height: rendered.height };
}

/**
 * The card as a PNG file.
 * @param {unknown} tree
 * @param {number} width
 * @param {number} height
 * @returns {Promise<Uint8Array>}
 */
export async function drawCardPng(tree, width, height) {
  const drawn = await drawCard(tree, width, height);
  return encodePng(drawn.pixels, drawn.width, drawn.height);
}

// Lays out, rasterises and encodes a share card: satori turns the card's element tree into SVG with
// Noto Sans, resvg's WebAssembly build draws it, and Node's zlib encodes the PNG. resvg's native
// build (`@resvg/resvg-js` 2.6.2) draws the same pixels a little faster but never frees a rendered
// image: about 3 MB of memory a card, 15 GB for 5,000 cards (scripts/bench/share-card-renderers.ts
// times both; tests/build/share-card-render.test.ts compares their pixels). The WebAssembly image is
// freed as soon as its pixels are copied. Plain JavaScript, so the worker threads of
// share-card-render.ts run it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { encodePng } from './png.mjs';
import { cardFonts } from './share-card-fonts.mjs';

/** Resolves from this file's folder upwards, so it finds node_modules wherever the build bundles it. */
const require = createRequire(import.meta.url);

/** @type {Promise<void> | undefined} */
let wasmReady;

/**
 * The card's RGBA pixels.
 * @param {unknown} tree the card as React's plain-object element shape (see share-card.ts)
 * @param {number} width
 * @param {number} height
 * @returns {Promise<{ pixels: Uint8Array; width: number; height: number }>}
 */
export async function drawCard(tree, width, height) {
  wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await wasmReady;
  // satori's types ask for a React node; it takes React's plain-object shape, which the tree is.
  const svg = await satori(/** @type {any} */ (tree), { width, height, fonts: [...cardFonts()] });
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
  const rendered = resvg.render();
  const result = { pixels: rendered.pixels, width: rendered.width, height: rendered.height };
  rendered.free();
  resvg.free();
  return result;
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

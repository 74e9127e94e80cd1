// Lays out and rasterises a share card: satori turns the card's element tree into SVG with Noto Sans
// (read from the npm package, never served to readers), and resvg's WebAssembly build draws it.
// Plain JavaScript, so the same file runs inside the build and in the worker threads that
// share-card-render.ts starts to draw cards on every core.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';

/** Resolves from the project root: the build bundles this module away from node_modules. */
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** @type {Promise<readonly import('satori').Font[]> | undefined} */
let ready;

async function loadFonts() {
  /** @param {string} name */
  const file = (name) => readFile(requireFromRoot.resolve(`@fontsource/noto-sans/files/${name}`));
  const [wasm, regular, bold, regularExt, boldExt] = await Promise.all([
    readFile(requireFromRoot.resolve('@resvg/resvg-wasm/index_bg.wasm')),
    file('noto-sans-latin-400-normal.woff'),
    file('noto-sans-latin-700-normal.woff'),
    file('noto-sans-latin-ext-400-normal.woff'),
    file('noto-sans-latin-ext-700-normal.woff'),
  ]);
  await initWasm(wasm);
  return /** @type {const} */ ([
    { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' },
    { name: 'Noto Sans', data: regularExt, weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: boldExt, weight: 700, style: 'normal' },
  ]);
}

/**
 * The card's RGBA pixels.
 * @param {unknown} tree the card as React's plain-object element shape (see share-card.ts)
 * @param {number} width
 * @param {number} height
 * @returns {Promise<{ pixels: Uint8Array; width: number; height: number }>}
 */
export async function drawCard(tree, width, height) {
  ready ??= loadFonts();
  const fonts = await ready;
  // satori's types ask for a React node; it takes React's plain-object shape, which the tree is.
  const svg = await satori(/** @type {any} */ (tree), { width, height, fonts: [...fonts] });
  const rendered = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  const result = { pixels: rendered.pixels, width: rendered.width, height: rendered.height };
  rendered.free();
  return result;
}

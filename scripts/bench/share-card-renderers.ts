/**
 * Measures the two ways to rasterise a share card and the two ways to encode its PNG, on the same
 * card in the same process: resvg's native build (`@resvg/resvg-js`) against its WebAssembly build
 * (`@resvg/resvg-wasm`), and Node's zlib against `pngjs`. It also checks that both rasterisers
 * give the same pixels, so the faster one can be chosen without changing a card.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Resvg as NativeResvg } from '@resvg/resvg-js';
import { initWasm, Resvg as WasmResvg } from '@resvg/resvg-wasm';
import { PNG } from 'pngjs';
import satori from 'satori';
import { encodePng } from '../../src/lib/share-cards/png.mjs';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  shareCardTree,
  type CardPalette,
  type ShareCard,
} from '../../src/lib/share-cards/share-card';
import { cardFonts } from '../../src/lib/share-cards/share-card-fonts.mjs';
import { median } from './stats';

export interface RendererTimings {
  /** Median milliseconds of one card, over `runs` cards. */
  satoriMs: number;
  nativeMs: number;
  wasmMs: number;
  zlibMs: number;
  pngjsMs: number;
  zlibBytes: number;
  pngjsBytes: number;
  samePixels: boolean;
  runs: number;
}

const require = createRequire(import.meta.url);

function timed(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times) ?? 0;
}

/** Draws the same card `runs` times with each renderer and encoder; returns median times. */
export async function measureCardRenderers(card: ShareCard, palette: CardPalette, runs = 15): Promise<RendererTimings> {
  const fonts = cardFonts();
  await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const tree = shareCardTree(card, palette);
  const svgTimes: number[] = [];
  let svg = '';
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    svg = await satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: [...fonts] });
    svgTimes.push(performance.now() - start);
  }
  const options = { fitTo: { mode: 'original' as const } };
  let native: Uint8Array = new Uint8Array();
  let wasm: Uint8Array = new Uint8Array();
  const nativeMs = timed(runs, () => {
    native = new NativeResvg(svg, options).render().pixels;
  });
  const wasmMs = timed(runs, () => {
    const rendered = new WasmResvg(svg, options).render();
    wasm = rendered.pixels;
    rendered.free();
  });
  let zlibPng: Uint8Array = new Uint8Array();
  let pngjsPng: Uint8Array = new Uint8Array();
  const zlibMs = timed(runs, () => {
    zlibPng = encodePng(native, CARD_WIDTH, CARD_HEIGHT);
  });
  const pngjsMs = timed(runs, () => {
    const png = new PNG({ width: CARD_WIDTH, height: CARD_HEIGHT, deflateLevel: 1 });
    png.data = Buffer.from(native);
    pngjsPng = PNG.sync.write(png, { deflateLevel: 1 });
  });
  return {
    satoriMs: median(svgTimes) ?? 0,
    nativeMs,
    wasmMs,
    zlibMs,
    pngjsMs,
    zlibBytes: zlibPng.length,
    pngjsBytes: pngjsPng.length,
    samePixels: Buffer.from(native).equals(Buffer.from(wasm)),
    runs,
  };
}

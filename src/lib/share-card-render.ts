/**
 * Draws a share card as a 1200×630 PNG at build time: satori lays the card out and turns its text
 * into paths with Noto Sans (read from the npm package, never served to readers), and resvg's
 * WebAssembly build rasterises the SVG. Pure JavaScript and WebAssembly, so the plain build needs
 * no browser, no native binary and no network.
 *
 * Drawing costs tens of milliseconds a card; a site of thousands of posts would spend minutes on
 * it at every build. So each PNG is cached under `node_modules/.cache/cpp-share-cards/`, keyed by a
 * hash of everything that changes it (its words, the palette and the renderer's version): only new
 * or edited pages are drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { encodePng } from './png';
import { CARD_HEIGHT, CARD_WIDTH, shareCardTree, type CardPalette, type ShareCard } from './share-card';

/** Bump when the layout or the renderer changes, so cached cards are drawn again. */
const RENDERER_VERSION = 'card-3';
/** CPP_CARD_CACHE_DIR moves the cache (the benchmark gives each cold build an empty one). */
const CACHE_DIR = process.env['CPP_CARD_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'cpp-share-cards');

/** Resolves from the project root: the build bundles this module away from node_modules. */
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

type Fonts = Parameters<typeof satori>[1]['fonts'];
let ready: Promise<Fonts> | undefined;

async function loadFonts(): Promise<Fonts> {
  const file = (name: string) => readFile(requireFromRoot.resolve(`@fontsource/noto-sans/files/${name}`));
  const [wasm, regular, bold, regularExt, boldExt] = await Promise.all([
    readFile(requireFromRoot.resolve('@resvg/resvg-wasm/index_bg.wasm')),
    file('noto-sans-latin-400-normal.woff'),
    file('noto-sans-latin-700-normal.woff'),
    file('noto-sans-latin-ext-400-normal.woff'),
    file('noto-sans-latin-ext-700-normal.woff'),
  ]);
  await initWasm(wasm);
  return [
    { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' },
    { name: 'Noto Sans', data: regularExt, weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: boldExt, weight: 700, style: 'normal' },
  ];
}

/** The PNG of a card, from the cache when the same card was drawn before (unless `cache` is false). */
export async function renderShareCard(
  card: ShareCard,
  palette: CardPalette,
  { cache = true }: { cache?: boolean } = {},
): Promise<Uint8Array> {
  const key = createHash('sha256')
    .update(JSON.stringify([RENDERER_VERSION, card, palette]))
    .digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  if (cache && existsSync(cached)) return readFileSync(cached);

  ready ??= loadFonts();
  const fonts = await ready;
  // satori's types ask for a React node; it takes React's plain-object shape, which the tree is.
  const svg = await satori(shareCardTree(card, palette) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  const rendered = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  const png = encodePng(rendered.pixels, rendered.width, rendered.height);
  rendered.free();

  if (cache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, png);
  }
  return png;
}

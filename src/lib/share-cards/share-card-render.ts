/**
 * Draws a share card as a 1200×630 PNG at build time (share-card-draw.mjs: satori, resvg's
 * WebAssembly build and Node's zlib, with Noto Sans from npm). No browser and no network.
 *
 * A card costs tens of milliseconds of CPU; a site of thousands of posts would spend minutes on them
 * at every build. So each PNG is cached under `node_modules/.cache/cpp-share-cards/` (kept between
 * CI runs by the Actions cache), under a key made of everything that changes its pixels: the card's
 * words, the palette, the renderer's version, satori's version, resvg's WebAssembly and the font bytes.
 * An unchanged card costs one file read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { CARD_HEIGHT, CARD_WIDTH, shareCardTree, type CardPalette, type ShareCard } from './share-card';
import { cardFontsHash } from './share-card-fonts.mjs';

/** Bump when the layout or the drawing code changes, so cached cards are drawn again. */
const RENDERER_VERSION = 'card-4';
/** CPP_CARD_CACHE_DIR moves the cache (the benchmark gives each cold build an empty one). */
const CACHE_DIR = process.env['CPP_CARD_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'cpp-share-cards');

const require = createRequire(import.meta.url);

let rendererKey: string | undefined;

/** What every card's key shares: renderer version, satori's version, hashes of resvg's WebAssembly and the fonts. */
function sharedKey(): string {
  rendererKey ??= JSON.stringify([
    RENDERER_VERSION,
    (require('satori/package.json') as { version: string }).version,
    createHash('sha256')
      .update(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
      .digest('hex'),
    cardFontsHash(),
  ]);
  return rendererKey;
}

/** The cache key of one card: a hash of its inputs and of the renderer. */
export function shareCardKey(card: ShareCard, palette: CardPalette): string {
  return createHash('sha256')
    .update(JSON.stringify([sharedKey(), card, palette]))
    .digest('hex');
}

let pool: Piscina | undefined;

/**
 * The worker threads that draw cards on the other cores while the build renders pages. piscina
 * replaces a worker that crashes or exits (its card fails; the next one is drawn by a fresh
 * worker), and lets idle workers go, so they never keep a finished build alive. (tinypool, tried
 * first, leaves the card of a worker that exits without an error pending for ever.)
 */
export function shareCardPool(): Piscina {
  pool ??= new Piscina({
    // The package's own import map names the worker: found from this module, not from the working folder.
    filename: import.meta.resolve('#share-card-worker'),
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(2, availableParallelism())),
    idleTimeout: 1000,
  });
  return pool;
}

/** The PNG of a card, from the cache when the same card was drawn before (unless `cache` is false). */
export async function renderShareCard(
  card: ShareCard,
  palette: CardPalette,
  { cache = true }: { cache?: boolean } = {},
): Promise<Uint8Array> {
  const cached = join(CACHE_DIR, `${shareCardKey(card, palette)}.png`);
  if (cache && existsSync(cached)) return readFileSync(cached);

  const tree = shareCardTree(card, palette);
  const png = new Uint8Array(
    (await shareCardPool().run({ tree, width: CARD_WIDTH, height: CARD_HEIGHT })) as Uint8Array,
  );

  if (cache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, png);
  }
  return png;
}

/**
 * Draws a share card as a 1200×630 PNG at build time (share-card-draw.mjs: satori and resvg's
 * WebAssembly build, Noto Sans from npm). Pure JavaScript and WebAssembly, so the plain build needs
 * no browser, no native binary and no network.
 *
 * Drawing costs tens of milliseconds a card; a site of thousands of posts would spend minutes on
 * it at every build. So each PNG is cached under `node_modules/.cache/cpp-share-cards/`, keyed by a
 * hash of everything that changes it (its words, the palette and the renderer's version): only new
 * or edited pages are drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { encodePng } from './png';
import { CARD_HEIGHT, CARD_WIDTH, shareCardTree, type CardPalette, type ShareCard } from './share-card';
import { drawCard } from './share-card-draw.mjs';

/** Bump when the layout or the renderer changes, so cached cards are drawn again. */
const RENDERER_VERSION = 'card-3';
/** CPP_CARD_CACHE_DIR moves the cache (the benchmark gives each cold build an empty one). */
const CACHE_DIR = process.env['CPP_CARD_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'cpp-share-cards');

interface Drawn {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/**
 * Drawing is CPU-bound WebAssembly: on the build's own thread it would hold up every page behind
 * it. A small pool of worker threads draws cards on the other cores while the build renders pages
 * (astro.config.mjs lets several pages build at once). Workers are unreferenced while idle, so
 * they never keep a finished build alive. Where no worker can start, cards are drawn in-process.
 */
class CardPool {
  readonly #file = join(process.cwd(), 'src', 'lib', 'share-card-worker.mjs');
  readonly #workers: { worker: Worker; pending: Map<number, (drawn: Drawn | Error) => void> }[] = [];
  #nextId = 0;

  get available(): boolean {
    return existsSync(this.#file);
  }

  draw(tree: unknown): Promise<Drawn> {
    if (this.#workers.length === 0) {
      for (let index = 0; index < Math.max(1, Math.min(2, availableParallelism())); index++) this.#start();
    }
    const slot = this.#workers.reduce((least, next) => (next.pending.size < least.pending.size ? next : least));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, (result) => (result instanceof Error ? reject(result) : resolve(result)));
      slot.worker.ref();
      slot.worker.postMessage({ id, tree, width: CARD_WIDTH, height: CARD_HEIGHT });
    });
  }

  #start(): void {
    const worker = new Worker(this.#file);
    const pending = new Map<number, (drawn: Drawn | Error) => void>();
    worker.on('message', (message: Drawn & { id: number; error?: string }) => {
      pending.get(message.id)?.(message.error ? new Error(message.error) : message);
      pending.delete(message.id);
      if (pending.size === 0) worker.unref();
    });
    worker.on('error', (error: Error) => {
      for (const settle of pending.values()) settle(error);
      pending.clear();
    });
    worker.unref();
    this.#workers.push({ worker, pending });
  }
}

const pool = new CardPool();

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

  const tree = shareCardTree(card, palette);
  const drawn = pool.available ? await pool.draw(tree) : await drawCard(tree, CARD_WIDTH, CARD_HEIGHT);
  const png = encodePng(drawn.pixels, drawn.width, drawn.height);

  if (cache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, png);
  }
  return png;
}

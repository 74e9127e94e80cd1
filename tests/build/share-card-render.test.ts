import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg as NativeResvg } from '@resvg/resvg-js';
import satori from 'satori';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drawCard } from '../../src/lib/share-cards/share-card-draw.mjs';
import { cardFonts } from '../../src/lib/share-cards/share-card-fonts.mjs';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardPalette,
  postShareCard,
  shareCardTree,
} from '../../src/lib/share-cards/share-card';

const palette = cardPalette(readFileSync('src/styles/tokens.css', 'utf8'));
/** The hardest real words: an apostrophe, a person's name with a particle, a colon in the title. */
const card = postShareCard(
  { title: "Lucy de Groot: what the site's editors learned about commissioning", date: new Date('2014-03-02') },
  ['Evidence', 'Commissioning', 'Local government', 'Devolution'],
);

/** The RGBA pixels inside one of our PNGs (IDAT rows, each with its filter byte 0). */
function pixelsOf(png: Uint8Array): Buffer {
  const buffer = Buffer.from(png);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    if (buffer.toString('latin1', offset + 4, offset + 8) === 'IDAT')
      idat.push(buffer.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rowBytes = CARD_WIDTH * 4;
  return Buffer.concat(
    Array.from({ length: CARD_HEIGHT }, (_, row) => raw.subarray(row * (rowBytes + 1) + 1, (row + 1) * (rowBytes + 1))),
  );
}

describe('share-card renderer', () => {
  let cacheDir: string;

  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'cpp-cards-'));
    vi.stubEnv('CPP_CARD_CACHE_DIR', cacheDir);
    vi.resetModules();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('draws the same pixels with resvg WebAssembly as with the native build the benchmark weighs it against', async () => {
    const tree = shareCardTree(card, palette);
    const wasm = await drawCard(tree, CARD_WIDTH, CARD_HEIGHT);
    const svg = await satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: [...cardFonts()] });
    const native = new NativeResvg(svg, { fitTo: { mode: 'original' } }).render();
    expect([wasm.width, wasm.height]).toEqual([native.width, native.height]);
    expect(Buffer.from(wasm.pixels).equals(Buffer.from(native.pixels))).toBe(true);
  });

  it('draws the same pixels as the card of 1 December, when its bar and rule were CSS borders', async () => {
    // The SHA-256 of that card's RGBA pixels. A change of fonts, satori or resvg may move pixels on
    // purpose: then look at a drawn card, bump RENDERER_VERSION (share-card-render.ts) and this hash.
    const drawn = await drawCard(shareCardTree(card, palette), CARD_WIDTH, CARD_HEIGHT);
    expect(createHash('sha256').update(drawn.pixels).digest('hex')).toBe(
      'd07c64fc79645d929a7c0d00d849830e8e5e4a348502d798846e7c8dc70859b6',
    );
  });

  it('draws a card once, then serves the same bytes from the cache', async () => {
    const { renderShareCard } = await import('../../src/lib/share-cards/share-card-render');
    const first = await renderShareCard(card, palette);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const again = await renderShareCard(card, palette);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(pixelsOf(first)).toHaveLength(CARD_WIDTH * CARD_HEIGHT * 4);
  });

  it('keys a card by its words, so an edited title is drawn again', async () => {
    const { shareCardKey } = await import('../../src/lib/share-cards/share-card-render');
    const edited = { ...card, title: `${card.title}, revised` };
    expect(shareCardKey(edited, palette)).not.toBe(shareCardKey(card, palette));
    expect(shareCardKey({ ...card }, palette)).toBe(shareCardKey(card, palette));
    expect(shareCardKey(card, { ...palette, accent: '#000000' })).not.toBe(shareCardKey(card, palette));
  });

  it('still draws the next card after a worker dies in the middle of one', async () => {
    const { renderShareCard, shareCardPool } = await import('../../src/lib/share-cards/share-card-render');
    const doomed = renderShareCard({ ...card, title: 'A card whose worker is killed' }, palette, { cache: false });
    const pool = shareCardPool();
    await vi.waitFor(() => expect(pool.threads.length).toBeGreaterThan(0));
    await Promise.all(pool.threads.map((thread) => thread.terminate()));
    await expect(doomed).rejects.toThrow();
    const next = await renderShareCard({ ...card, title: 'The card after the crash' }, palette, { cache: false });
    expect(pixelsOf(next)).toHaveLength(CARD_WIDTH * CARD_HEIGHT * 4);
  });
});

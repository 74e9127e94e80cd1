// The fonts a share card is set in: Noto Sans from npm (never served to readers), read once per
// thread. The cache key of every card includes a hash of these bytes, so a font update redraws them.
// Plain JavaScript, so the build, the worker threads and the benchmark share it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Resolves from this file's folder upwards, so it finds node_modules wherever the build bundles it. */
const require = createRequire(import.meta.url);

const FILES = /** @type {const} */ ([
  ['noto-sans-latin-400-normal.woff', 400],
  ['noto-sans-latin-700-normal.woff', 700],
  ['noto-sans-latin-ext-400-normal.woff', 400],
  ['noto-sans-latin-ext-700-normal.woff', 700],
]);

/** @type {readonly { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined} */
let fonts;

/** The fonts in satori's shape, read from disk on the first call. */
export function cardFonts() {
  fonts ??= FILES.map(([file, weight]) => ({
    name: 'Noto Sans',
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`)),
    weight,
    style: /** @type {const} */ ('normal'),
  }));
  return fonts;
}

/** A hash of the font bytes, for the cards' cache key. */
export function cardFontsHash() {
  const hash = createHash('sha256');
  for (const font of cardFonts()) hash.update(font.data);
  return hash.digest('hex');
}

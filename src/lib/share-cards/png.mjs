// Encodes RGBA pixels as a PNG with Node's own zlib at a fast level. Measured against pngjs on a
// share card (scripts/bench/share-card-renderers.ts): zlib takes about 3 ms for a 1200×630 card,
// pngjs at the same deflate level about 100 ms (it filters every row in JavaScript), for files of
// nearly the same size. Plain JavaScript, so the share-card worker threads can run it.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * @param {string} type
 * @param {Uint8Array} data
 */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG of `width`×`height` RGBA pixels (8 bits a channel, rows top to bottom, no filtering).
 * @param {Uint8Array} rgba
 * @param {number} width
 * @param {number} height
 * @returns {Uint8Array}
 */
export function encodePng(rgba, width, height) {
  const rowBytes = width * 4;
  if (rgba.length !== rowBytes * height)
    throw new Error(`encodePng: expected ${rowBytes * height} bytes, got ${rgba.length}`);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let row = 0; row < height; row++) {
    // Each row starts with its filter type: 0, none.
    raw.set(rgba.subarray(row * rowBytes, (row + 1) * rowBytes), row * (rowBytes + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/share-cards/png.mjs';

/** Reads a PNG's chunks back: enough to prove the file is well formed and holds the pixels. */
function readPng(png: Uint8Array) {
  const buffer = Buffer.from(png);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    chunks.push({
      type: buffer.toString('latin1', offset + 4, offset + 8),
      data: buffer.subarray(offset + 8, offset + 8 + length),
    });
    offset += 12 + length;
  }
  return { signature: [...buffer.subarray(0, 8)], chunks };
}

describe('encodePng', () => {
  const width = 3;
  const height = 2;
  const pixels = Uint8Array.from({ length: width * height * 4 }, (_, index) => index);

  it('writes the PNG signature, IHDR with the size and RGBA colour, IDAT and IEND', () => {
    const { signature, chunks } = readPng(encodePng(pixels, width, height));
    expect(signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([3, 2, 8, 6]);
  });

  it('stores every row, each after a filter byte, so the pixels come back unchanged', () => {
    const idat = readPng(encodePng(pixels, width, height)).chunks[1]!.data;
    const raw = inflateSync(idat);
    expect(raw[0]).toBe(0);
    expect([...raw.subarray(1, 13)]).toEqual([...pixels.subarray(0, 12)]);
    expect([...raw.subarray(14, 26)]).toEqual([...pixels.subarray(12, 24)]);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(pixels, 4, 2)).toThrow(/expected 32 bytes, got 24/);
  });
});

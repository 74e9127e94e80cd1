/**
 * Whether a file a post names as a picture is one: a raster image by its bytes (not by its name),
 * small enough, inside the content folder, and reached without a symbolic link. The build hands a
 * picture's path to Vite, which imports (and so runs) whatever file it is, so nothing else passes.
 *
 * The five signatures are read here by hand: `file-type`, the maintained sniffer, is async only,
 * and both the content check and the compiler's gate are synchronous.
 */
import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { MAX_PICTURE_BYTES } from './allowlist';
import { PICTURE_TYPES_TEXT, pictureNameProblem, type PictureRefusal } from './picture-name';

export type PictureKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The raster format the first bytes of a file announce, or `undefined` for anything else. */
export function pictureKind(bytes: Uint8Array): PictureKind | undefined {
  const starts = (signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // An ISO media file: AVIF names itself as the major brand or among the compatible brands.
    const boxEnd = Math.min(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, bytes.length);
    for (let offset = 8; offset + 4 <= boxEnd; offset += 4) {
      if (offset === 12) continue; // the minor version, not a brand
      const brand = ascii(bytes, offset, offset + 4);
      if (brand === 'avif' || brand === 'avis') return 'avif';
    }
  }
  return undefined;
}

export type PictureCheck =
  { status: 'ok'; kind: PictureKind } | { status: 'missing' } | ({ status: 'refused' } & PictureRefusal);

const refused = (message: string, fix: string): PictureCheck => ({ status: 'refused', message, fix });

/** Reads the first bytes of a file without following a link (the caller has made sure there is none). */
function firstBytes(path: string, count: number): Uint8Array {
  const handle = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(count);
    const read = readSync(handle, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(handle);
  }
}

/**
 * Checks the file at `absolutePath`, which a post in `contentDir` names as a picture (`shown` is
 * the address as the writer typed it, for messages).
 */
export function checkPictureFile(absolutePath: string, contentDir: string, shown: string): PictureCheck {
  const wrongName = pictureNameProblem(absolutePath, shown);
  if (wrongName) return { status: 'refused', ...wrongName };
  const inside = relative(contentDir, absolutePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    return refused(
      `The picture "${shown}" is outside the content folder.`,
      'Save the picture next to the post and point to it as ./file-name.jpg.',
    );
  let path = contentDir;
  for (const part of inside.split(sep)) {
    path = join(path, part);
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      return { status: 'missing' };
    }
    if (stats.isSymbolicLink())
      return refused(
        `The picture "${shown}" is a symbolic link (a shortcut to another file), which the site does not follow.`,
        'Replace the link with the picture file itself.',
      );
    if (path === absolutePath) {
      if (!stats.isFile()) return { status: 'missing' };
      if (stats.size > MAX_PICTURE_BYTES)
        return refused(
          `The picture "${shown}" is ${(stats.size / 1024 / 1024).toFixed(1)} MB; a picture can be at most ${MAX_PICTURE_BYTES / 1024 / 1024} MB.`,
          'Save a smaller copy (about 2,000 pixels wide is plenty: the site resizes it).',
        );
    }
  }
  const real = relative(realpathSync(contentDir), realpathSync(absolutePath));
  if (real.startsWith('..') || isAbsolute(real))
    return refused(`The picture "${shown}" is outside the content folder.`, 'Save the picture next to the post.');
  const kind = pictureKind(firstBytes(absolutePath, 64));
  if (!kind)
    return refused(
      `The file "${shown}" is not a ${PICTURE_TYPES_TEXT} picture, whatever its name says.`,
      `Open it in a picture editor and save it as ${PICTURE_TYPES_TEXT}.`,
    );
  return { status: 'ok', kind };
}

/**
 * What a picture's address says before any file is opened: another website, a `?` or `#` (which
 * tell the bundler to load the file some other way: `?raw`, `?url`, `?worker`), an SVG drawing, or
 * a name that is not one of the raster formats. Pure (no file system), so the content schema can
 * refuse such an address before Astro's `image()` hands it to Vite, in the build and in `npm run dev`.
 */
import { PICTURE_EXTENSIONS } from './allowlist';

/** What is wrong with a picture, said plainly, with the fix. */
export interface PictureRefusal {
  message: string;
  fix: string;
}

/** The formats a picture may be, as a rapporteur reads them. */
export const PICTURE_TYPES_TEXT = 'PNG, JPEG, WebP, AVIF or GIF';

/** Whether an address names another website (`https://…`, `data:…`, `//host/…`) rather than a file. */
export function isRemoteAddress(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** The refusal of a picture on another website. */
export function remotePictureProblem(url: string): PictureRefusal {
  return {
    message: `The image "${url}" is on another website; the site loads nothing from other websites.`,
    fix: 'Save the image file next to the post (with permission to reuse it) and point to it as ./file-name.jpg.',
  };
}

/** What is wrong with a picture's address itself: a `?` or `#`, so it is a plain file path. */
export function pictureAddressProblem(url: string): PictureRefusal | undefined {
  if (!/[?#]/.test(url)) return undefined;
  return {
    message: `The picture address "${url}" has a ? or # in it.`,
    fix: 'Point to the file by its name alone, such as ./meeting.jpg.',
  };
}

/** What is wrong with a picture file's name (`shown` as the writer typed it): SVG, or not a raster format. */
export function pictureNameProblem(path: string, shown: string): PictureRefusal | undefined {
  const name = path.split(/[\\/]/).at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extension === 'svg')
    return {
      message: `The picture "${shown}" is an SVG drawing, which can carry code, so posts cannot use it.`,
      fix: 'Save the drawing as a PNG picture (most drawing programs can export one) and use that file.',
    };
  if (!PICTURE_EXTENSIONS.includes(extension))
    return {
      message: `"${shown}" is not a picture file: a post may use ${PICTURE_TYPES_TEXT} pictures.`,
      fix: 'Point to a picture file saved next to the post, such as ./meeting.jpg.',
    };
  return undefined;
}

/**
 * Everything the address of a post's picture can be refused for without opening the file, in the
 * order the content check reports it; `undefined` when only the file itself is left to check.
 */
export function pictureSourceProblem(url: string): PictureRefusal | undefined {
  if (isRemoteAddress(url)) return remotePictureProblem(url);
  return pictureAddressProblem(url) ?? pictureNameProblem(url, url);
}

/**
 * Images: each needs alt text for readers who cannot see it, and a file that exists in the
 * repository (the site loads nothing from other websites, so a picture must live beside the post)
 * and is a real picture by its bytes (src/lib/post-format/picture-file.ts).
 */
import { dirname, resolve } from 'node:path';
import type { MdastNode } from 'satteri';
import { lineOfNode, walk, type ContentFile } from './content-file';
import { checkPictureFile } from '../post-format/picture-file';
import {
  isRemoteAddress,
  pictureAddressProblem,
  pictureNameProblem,
  remotePictureProblem,
} from '../post-format/picture-name';
import type { Problem } from './problem';
import { fieldProblem, type FileRule } from './rule';
import type { SiteIndex } from './site-index';

const ALT_FIX =
  'Write what the picture shows between the square brackets: ![Two people talking at a table](./meeting.jpg)';
const LOOKS_LIKE_FILE_NAME = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** Where an image address points: a file on disk, a file in `public/`, or another website. */
type ImageTarget = { kind: 'file'; path: string } | { kind: 'public'; path: string } | { kind: 'remote' };

function imageTarget(url: string, file: ContentFile): ImageTarget {
  if (isRemoteAddress(url)) return { kind: 'remote' };
  const path = safeDecode(url.replace(/[?#].*$/, ''));
  if (path.startsWith('/')) return { kind: 'public', path };
  return { kind: 'file', path: resolve(dirname(file.absolutePath), path) };
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** What is wrong with an image's address, if anything. */
function addressProblem(url: string, file: ContentFile, site: SiteIndex): { message: string; fix: string } | undefined {
  const target = imageTarget(url, file);
  if (target.kind === 'remote') return remotePictureProblem(url);
  // The address and the name first, as the content schema refuses them (src/lib/content/schemas.ts):
  // one message either way, and a non-picture is refused before anything looks for the file.
  const wrong = pictureAddressProblem(url) ?? pictureNameProblem(target.path, url);
  if (wrong) return wrong;
  if (target.kind === 'public') return site.publicFiles.has(target.path) ? undefined : missing(url);
  if (!site.fileExists(target.path)) return missing(url);
  // The file exists: now its bytes, size and path. (A file only the injected index knows of, in
  // unit tests, reads as missing here and is left to the index; the build's gate reads the disk.)
  const check = checkPictureFile(target.path, contentDirOf(file), url);
  return check.status === 'refused' ? { message: check.message, fix: check.fix } : undefined;
}

/** The content folder a file sits in: `content/` for `content/posts/2014/x.mdx`. */
function contentDirOf(file: ContentFile): string {
  const depth = file.entryPath.split('/').length;
  return resolve(dirname(file.absolutePath), ...Array<string>(depth).fill('..'));
}

function missing(url: string): { message: string; fix: string } {
  return {
    message: `The image file "${url}" does not exist.`,
    fix: 'Add the file next to the post, or correct the name: it is case-sensitive and starts with ./ (for example ./meeting.jpg).',
  };
}

function bodyProblem(file: ContentFile, node: MdastNode, message: string, fix: string): Problem {
  return { file: file.file, line: lineOfNode(node), field: 'body', message, fix };
}

function checkBodyImages(file: ContentFile, site: SiteIndex): Problem[] {
  if (!file.tree) return [];
  const problems: Problem[] = [];
  const definitions = new Map<string, string>();
  walk(file.tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
  });
  walk(file.tree, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      const alt = (node.alt ?? '').trim();
      if (alt === '') problems.push(bodyProblem(file, node, 'An image has no alt text.', ALT_FIX));
      else if (LOOKS_LIKE_FILE_NAME.test(alt))
        problems.push(bodyProblem(file, node, `The alt text "${alt}" is a file name, not a description.`, ALT_FIX));
      const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
      const wrong = url === undefined ? undefined : addressProblem(url, file, site);
      if (wrong) problems.push(bodyProblem(file, node, wrong.message, wrong.fix));
    } else if (
      // In posts the body rules refuse <img> with every other tag outside the allowlist.
      file.collection !== 'posts' &&
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'img'
    ) {
      problems.push(
        bodyProblem(
          file,
          node,
          'Images are written in Markdown here, not as <img>.',
          'Use ![what the picture shows](./file-name.jpg), so the site can resize the picture and check its alt text.',
        ),
      );
    }
  });
  return problems;
}

function checkFrontmatterImage(file: ContentFile, site: SiteIndex): Problem[] {
  const image = file.data['image'];
  if (image === undefined || file.collection !== 'posts') return [];
  if (!image || typeof image !== 'object' || Array.isArray(image))
    return [
      fieldProblem(
        file,
        ['image'],
        'image must have a "src" and an "alt" line under it.',
        'Write "image:", then indented "src: ./picture.jpg" and "alt: what it shows".',
      ),
    ];
  const { src, alt } = image as Record<string, unknown>;
  const problems: Problem[] = [];
  if (typeof src !== 'string' || src.trim() === '')
    problems.push(
      fieldProblem(
        file,
        ['image', 'src'],
        'The image has no file.',
        'Add "src: ./picture.jpg" under image, naming a file next to the post.',
      ),
    );
  else {
    const wrong = addressProblem(src, file, site);
    if (wrong) problems.push(fieldProblem(file, ['image', 'src'], wrong.message, wrong.fix));
  }
  if (typeof alt !== 'string' || alt.trim() === '')
    problems.push(
      fieldProblem(
        file,
        ['image', 'alt'],
        'The image has no alt text.',
        'Add "alt:" under image with a sentence saying what the picture shows, for readers who cannot see it.',
      ),
    );
  else if (alt.trim().length < 5 || LOOKS_LIKE_FILE_NAME.test(alt.trim()))
    problems.push(
      fieldProblem(
        file,
        ['image', 'alt'],
        `The alt text "${alt}" does not describe the picture.`,
        'Write a sentence saying what the picture shows, for readers who cannot see it.',
      ),
    );
  return problems;
}

export const checkImages: FileRule = (file, site) => [
  ...checkFrontmatterImage(file, site),
  ...checkBodyImages(file, site),
];

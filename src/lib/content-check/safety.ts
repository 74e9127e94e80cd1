/**
 * What a post must not carry, so that a pull request cannot run code on the site's readers or on
 * the machine that builds the site. The rules themselves live in src/lib/post-format/, where the
 * MDX compiler's gate reads them too: the check reports exactly what the build would refuse.
 * Publications are written by the editors and keep full MDX, so only posts are checked here.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { PICTURE_EXTENSIONS } from '../post-format/allowlist';
import { checkPostBody } from '../post-format/body-rules';
import type { Problem } from './problem';
import type { FileRule } from './rule';

export const checkSafety: FileRule = (file) => {
  if (file.collection !== 'posts' || !file.tree) return [];
  return checkPostBody(file.tree).map((problem) => ({ file: file.file, field: 'body', ...problem }));
};

/**
 * Every file and folder under the content folder, read with lstat: a symbolic link is refused
 * wherever it is (it could point the build at any file on the machine), and the posts folder holds
 * only posts and pictures. `display` turns a path into what messages show.
 */
export function checkContentFolder(contentDir: string, display: (path: string) => string): Problem[] {
  const problems: Problem[] = [];
  const postsDir = join(contentDir, 'posts');
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      if (stats.isSymbolicLink())
        problems.push({
          file: display(path),
          line: 1,
          field: 'file',
          message: 'This is a symbolic link (a shortcut to another file), which the content folder must not hold.',
          fix: 'Replace it with the file itself, or delete it.',
        });
      else if (stats.isDirectory()) visit(path);
      else if (!relative(postsDir, path).startsWith('..')) {
        const extension = extname(name).slice(1).toLowerCase();
        if (!['mdx', 'md', ...PICTURE_EXTENSIONS].includes(extension) && !name.startsWith('.'))
          problems.push({
            file: display(path),
            line: 1,
            field: 'file',
            message: `The posts folder holds posts (.mdx) and pictures (${PICTURE_EXTENSIONS.join(', ')}), not ${extension ? `.${extension} files` : 'files without an extension'}.`,
            fix:
              extension === 'svg'
                ? 'Save the drawing as a PNG picture and delete the SVG file.'
                : 'Remove the file from content/posts/.',
          });
      }
    }
  };
  visit(contentDir);
  return problems;
}

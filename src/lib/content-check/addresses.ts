/**
 * Each post's address: two posts may not share one (the second would silently replace the
 * first), and a post must sit directly in `posts/` because its address has a single part.
 */
import { slugProblem } from '../content/schemas';
import { entrySlug } from './anchors';
import type { ContentFile } from './content-file';
import type { Problem } from './problem';

/** Problems that only show across files: shared addresses and posts in subfolders. */
export function checkAddresses(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ['posts', 'publications'] as const) {
    const bySlug = new Map<string, ContentFile[]>();
    for (const file of files.filter((candidate) => candidate.collection === collection)) {
      const slug = entrySlug(file.entryPath, file.data);
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
      // A slug written in the frontmatter is checked by the schema; one made from the file name here.
      const wrong = file.data['slug'] === undefined ? slugProblem(slug.split('/').at(-1)!, 'slug') : undefined;
      if (wrong)
        problems.push({
          file: file.file,
          line: 1,
          field: 'file',
          message: `The file name makes the address /${collection === 'posts' ? 'blog' : 'publications'}/${slug}/: ${wrong.message}`,
          fix: 'Rename the file to words in lower case joined by hyphens, such as what-the-pairs-learned.mdx.',
        });
      if (collection === 'posts' && slug.includes('/'))
        problems.push({
          file: file.file,
          line: 1,
          field: 'file',
          message: `The post is in a subfolder, so its address "/blog/${slug}/" cannot be built.`,
          fix: 'Move the file directly into content/posts/ (its images may stay in a folder beside it).',
        });
    }
    const base = collection === 'posts' ? 'blog' : 'publications';
    for (const [slug, sharing] of bySlug) {
      if (sharing.length < 2) continue;
      for (const file of sharing) {
        const others = sharing.filter((other) => other !== file).map((other) => other.file);
        const hasSlugField = file.data['slug'] !== undefined;
        problems.push({
          file: file.file,
          line: hasSlugField ? file.lineOf(['slug']) : 1,
          field: hasSlugField ? 'slug' : 'file',
          message: `The address /${base}/${slug}/ is also used by ${others.join(' and ')}.`,
          fix: hasSlugField
            ? 'Change the slug to one no other post uses.'
            : 'Rename one of the files: the file name (in lower case, spaces as hyphens) is the address.',
        });
      }
    }
  }
  return problems;
}

/**
 * The example text `npm run new:post` writes into a new post. The checks refuse a post that still
 * carries it, so a rapporteur cannot publish the example by mistake.
 */
import { lineOfNode, walk } from './content-file';
import type { Problem } from './problem';
import { fieldProblem, type FileRule } from './rule';

export const PLACEHOLDERS = {
  summary: 'Replace this with one or two sentences that say what the post is about; readers see them on cards.',
  sourceTitle: 'Replace with the title of the document this post draws on',
  sourceUrl: 'https://example.org/replace-with-the-address-of-the-source',
  sourcePublisher: 'Replace with who published it',
  body: 'Replace this paragraph with your post.',
} as const;

export const checkPlaceholders: FileRule = (file) => {
  if (file.collection !== 'posts') return [];
  const problems: Problem[] = [];
  if (file.data['summary'] === PLACEHOLDERS.summary)
    problems.push(
      fieldProblem(
        file,
        ['summary'],
        'The summary is still the example text.',
        'Replace it with one or two sentences that say what the post is about.',
      ),
    );
  const sources = Array.isArray(file.data['sources']) ? (file.data['sources'] as unknown[]) : [];
  sources.forEach((source, index) => {
    const { title, url, publisher } = (source ?? {}) as Record<string, unknown>;
    if (
      title === PLACEHOLDERS.sourceTitle ||
      url === PLACEHOLDERS.sourceUrl ||
      publisher === PLACEHOLDERS.sourcePublisher
    )
      problems.push(
        fieldProblem(
          file,
          ['sources', index],
          'This source is still the example text.',
          'Replace its title, url and publisher with those of the document the post draws on.',
        ),
      );
  });
  if (file.tree)
    walk(file.tree, (node) => {
      if (
        node.type === 'paragraph' &&
        node.children.length === 1 &&
        node.children[0]?.type === 'text' &&
        node.children[0].value.trim() === PLACEHOLDERS.body
      )
        problems.push({
          file: file.file,
          line: lineOfNode(node),
          field: 'body',
          message: 'The text is still the example paragraph.',
          fix: 'Replace it with your post.',
        });
    });
  return problems;
};

/**
 * Author and theme ids: each must be an `id:` in content/people.yaml or content/themes.yaml, or the
 * post would point at nobody. A near miss gets a "did you mean"; every message lists the valid ids.
 */
import type { ContentFile } from './content-file';
import type { Problem } from './problem';
import { fieldProblem, type FileRule } from './rule';
import type { SiteIndex } from './site-index';
import { didYouMean } from './suggestions';
import type { FieldPath } from '../content/yaml-data';

const KINDS = {
  authors: { noun: 'author', source: 'content/people.yaml', ids: (site: SiteIndex) => site.peopleIds },
  themes: { noun: 'theme', source: 'content/themes.yaml', ids: (site: SiteIndex) => site.themeIds },
} as const;

function checkIds(file: ContentFile, path: FieldPath, kind: keyof typeof KINDS, site: SiteIndex): Problem[] {
  let value: unknown = file.data;
  for (const segment of path) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  if (!Array.isArray(value)) return [];
  const { noun, source, ids } = KINDS[kind];
  const valid = ids(site);
  // Without the list (a missing or unreadable file), its own problem says what to fix.
  if (valid.length === 0) return [];
  return value.flatMap((id: unknown, index) => {
    if (typeof id === 'string' && valid.includes(id)) return [];
    const typed = typeof id === 'string' ? id : JSON.stringify(id);
    return [
      fieldProblem(
        file,
        [...path, index],
        `"${typed}" is not a known ${noun}.`,
        `${didYouMean(typed, valid)}Use an id from ${source}: ${valid.join(', ')}.`,
      ),
    ];
  });
}

export const checkReferences: FileRule = (file, site) => {
  const problems = [...checkIds(file, ['authors'], 'authors', site), ...checkIds(file, ['themes'], 'themes', site)];
  const sections = file.data['sections'];
  if (file.collection === 'publications' && Array.isArray(sections)) {
    sections.forEach((_, index) => problems.push(...checkIds(file, ['sections', index, 'themes'], 'themes', site)));
  }
  return problems;
};

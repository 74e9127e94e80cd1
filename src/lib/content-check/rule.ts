/** The shape every check shares, so the runner can apply them all in one pass. */
import type { ContentFile } from './content-file';
import type { Problem } from './problem';
import type { SiteIndex } from './site-index';
import { fieldName, type FieldPath } from '../content/yaml-data';

/** A check of one file against what the site knows. */
export type FileRule = (file: ContentFile, site: SiteIndex) => Problem[];

/** A problem at a frontmatter field, on the field's own line. */
export function fieldProblem(file: ContentFile, path: FieldPath, message: string, fix: string): Problem {
  return { file: file.file, line: file.lineOf(path), field: fieldName(path), message, fix };
}

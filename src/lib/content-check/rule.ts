/** The shape every check shares, so the runner can apply them all in one pass. */
import type { ContentFile } from './content-file';
import type { Problem } from './problem';
import type { SiteIndex } from './site-index';
import { fieldName, type FieldPath } from './yaml-lines';

/** A check of one file against what the site knows. */
export type FileRule = (file: ContentFile, site: SiteIndex) => Problem[];

/** A problem at a frontmatter field, on the field's own line. */
export function fieldProblem(file: ContentFile, path: FieldPath, message: string, fix: string): Problem {
  return { file: file.file, line: file.lineOf(path), field: fieldName(path), message, fix };
}

/** A short, quoted echo of what the writer typed, for messages. */
export function shown(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value));
  const quoted = typeof value === 'string' ? `"${value}"` : text;
  return quoted.length > 60 ? `${quoted.slice(0, 57)}…` : quoted;
}

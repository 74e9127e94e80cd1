/**
 * The YAML list files a contributor can touch (people, organisations, themes, findings, events),
 * each read safely (src/lib/content/yaml-data.ts) and every entry checked by the schema the build
 * uses, with its references to other files. Pure: the caller reads the disk.
 */
import { plainSchemas } from '../content/schemas';
import { fieldName, readYaml, type FieldPath } from '../content/yaml-data';
import type { Problem } from './problem';
import { issueProblems } from './schema-issues';
import { didYouMean } from './suggestions';

const SCHEMAS = plainSchemas();

export type ListFileName = keyof typeof SCHEMAS.lists;

/** The list files, in the order their problems read best. */
export const LIST_FILES = Object.keys(SCHEMAS.lists) as ListFileName[];

/** What each file's entries are called in messages. */
const NOUNS: Readonly<Record<ListFileName, string>> = {
  'themes.yaml': 'a theme',
  'findings.yaml': 'a finding',
  'people.yaml': 'a person',
  'organisations.yaml': 'an organisation',
  'events.yaml': 'an event',
};

/** One entry of a list file, as written. */
export type ListEntry = Record<string, unknown>;

export interface ListFile {
  name: ListFileName;
  /** As shown in messages: `content/people.yaml`. */
  display: string;
  entries: ListEntry[];
  /** The `id`s that are text, in file order. */
  ids: string[];
  problems: Problem[];
  /** The line of a field of an entry (by the entry's place in the list). */
  lineOf(index: number, path: FieldPath): number;
}

/** Reads and checks one list file's text; `undefined` text means the file is missing. */
export function readListFile(name: ListFileName, display: string, text: string | undefined): ListFile {
  const empty = (problem: Omit<Problem, 'file'>): ListFile => ({
    name,
    display,
    entries: [],
    ids: [],
    problems: [{ file: display, ...problem }],
    lineOf: () => 1,
  });
  if (text === undefined)
    return empty({
      line: 1,
      field: 'file',
      message: 'The file is missing.',
      fix: 'Restore it: the site and the posts take their ids from it.',
    });
  const yaml = readYaml(text);
  // A problem in one value (a tag) is named by its field, as the schema's problems are.
  if (yaml.problem?.path)
    return empty({
      line: yaml.problem.line,
      field: fieldName(yaml.problem.path) || 'file',
      message: yaml.problem.message,
      fix: yaml.problem.fix,
    });
  if (yaml.problem)
    return empty({
      line: yaml.problem.line,
      field: 'file',
      message: `The file cannot be read: ${yaml.problem.message.replace(/^It cannot be read \((.*)\)\.$/, '$1.')}`,
      fix: yaml.problem.fix,
    });
  if (!Array.isArray(yaml.data))
    return empty({
      line: 1,
      field: 'file',
      message: 'The file is not a list of entries.',
      fix: 'Start each entry with "- id: …", as in the other list files.',
    });
  const entries = yaml.data as unknown[];
  const lineOf = (index: number, path: FieldPath) => yaml.lineOf([index, ...path]) ?? 1;
  const schema = SCHEMAS.lists[name];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = (entry as ListEntry | null)?.['id'];
    const label = typeof id === 'string' && id !== '' ? id : `[${index}]`;
    const result = schema.safeParse(entry);
    if (!result.success)
      problems.push(
        ...issueProblems(result.error.issues, schema, {
          file: display,
          data: entry,
          noun: NOUNS[name],
          lineOf: (path) => lineOf(index, path),
          prefix: [label],
        }),
      );
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined)
      problems.push({
        file: display,
        line: lineOf(index, ['id']),
        field: `${id}.id`,
        message: `The id "${id}" is also used by the entry on line ${lineOf(first, ['id'])}.`,
        fix: 'Give each entry its own id: the id is its address and the name other files use for it.',
      });
    else seen.set(id, index);
  });
  return {
    name,
    display,
    // Entries that are not groups of fields stay in place as empty ones, so indexes match lines.
    entries: entries.map((entry) =>
      entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as ListEntry) : {},
    ),
    ids: [...seen.keys()],
    problems,
    lineOf,
  };
}

/** Which list file each reference points into: [file, field path, target file]. */
const REFERENCES: readonly [ListFileName, string, ListFileName][] = [
  ['themes.yaml', 'ledTo', 'themes.yaml'],
  ['findings.yaml', 'question', 'themes.yaml'],
  ['people.yaml', 'organisation', 'organisations.yaml'],
  ['events.yaml', 'themes', 'themes.yaml'],
];

/** References between list files: a finding's question, a person's organisation… each must exist. */
export function checkListReferences(files: ReadonlyMap<ListFileName, ListFile>): Problem[] {
  const problems: Problem[] = [];
  for (const [name, field, target] of REFERENCES) {
    const from = files.get(name);
    const to = files.get(target);
    if (!from || !to || to.ids.length === 0) continue;
    from.entries.forEach((entry, index) => {
      const value = entry[field];
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      values.forEach((id: unknown, position) => {
        if (typeof id !== 'string' || to.ids.includes(id)) return;
        const path = Array.isArray(value) ? [field, position] : [field];
        problems.push({
          file: from.display,
          line: from.lineOf(index, path),
          field: `${String(entry['id'])}.${field}${Array.isArray(value) ? `[${position}]` : ''}`,
          message: `"${id}" is not an id in ${to.display}.`,
          fix: `${didYouMean(id, to.ids)}Use an id from ${to.display}.`,
        });
      });
    });
  }
  return problems;
}

/**
 * Turns what a content schema (src/lib/content/schemas.ts) says about some data into problems at
 * `file:line`: the schema's own message where it wrote one, plain words for the rest, and a "did
 * you mean" for a field the site does not know.
 */
import type { z } from 'astro/zod';
import { shown, splitSaid, FIX_SEPARATOR } from '../content/messages';
import { fieldName, type FieldPath } from '../content/yaml-data';
import type { Problem } from './problem';
import { closestMatches } from './suggestions';

/** Names people reach for from other blogging tools, and the field this site uses instead. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  author: 'authors',
  by: 'authors',
  tags: 'themes',
  tag: 'themes',
  categories: 'themes',
  category: 'themes',
  theme: 'themes',
  description: 'summary',
  excerpt: 'summary',
  source: 'sources',
  references: 'sources',
  pubDate: 'date',
  published: 'date',
  heroImage: 'image',
  cover: 'image',
  link: 'url',
  href: 'url',
};

/** What a thing at a path is called in messages: "a post", "a source"… */
const NOUNS: Readonly<Record<string, string>> = { sources: 'a source', image: 'the image', sections: 'a section' };

export interface IssueContext {
  file: string;
  /** The data that was checked, to echo what the writer typed. */
  data: unknown;
  /** What the whole thing is called: "a post", "a person". */
  noun: string;
  /** The 1-based line of a path in the file (1 when nothing of it exists). */
  lineOf(path: FieldPath): number;
  /** Prefix of every path in messages (an entry's place in a list file: `[3]`). */
  prefix?: FieldPath;
}

/** The fields an object schema at a path allows, for "did you mean". */
function fieldsAt(schema: z.ZodType, path: FieldPath): string[] {
  let current: unknown = schema;
  for (const segment of [...path, undefined]) {
    // Look through optional, default, transform and pipe wrappers to the object or list inside.
    for (let guard = 0; guard < 10; guard++) {
      const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return [];
      if (def['innerType']) current = def['innerType'];
      else if (def['type'] === 'pipe') current = def['in'];
      else break;
    }
    const def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (segment === undefined) return def['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
    if (typeof segment === 'number' && def['type'] === 'array') current = def['element'];
    else if (typeof segment === 'string' && def['type'] === 'object')
      current = (def['shape'] as Record<string, unknown>)[segment];
    else return [];
  }
  return [];
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) value = (value as Record<string | number, unknown> | null | undefined)?.[segment];
  return value;
}

/** Plain words for an issue whose schema gave no message of its own. */
function plainWords(issue: z.core.$ZodIssue, value: unknown, field: string): { message: string; fix: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null)
        return { message: `"${field}" is missing.`, fix: 'Add it, written as the other entries write it.' };
      return {
        message: `${shown(value)} is not ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}.`,
        fix: 'Write it as the other entries write it.',
      };
    case 'invalid_value':
      return {
        message: `${shown(value)} is not one of the values ${field} may have.`,
        fix: `Use one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'too_small':
      return issue.origin === 'array'
        ? { message: `The list is empty.`, fix: `List at least ${String(issue.minimum)}.` }
        : { message: `${shown(value)} is too small.`, fix: `Use ${String(issue.minimum)} or more.` };
    case 'too_big':
      return { message: `${shown(value)} is too big.`, fix: `Use ${String(issue.maximum)} or less.` };
    case 'invalid_format':
      return { message: `${shown(value)} is not in the right form.`, fix: 'Write it as the other entries write it.' };
    default:
      return {
        message: `${issue.message.replace(/\.?$/, '.')}`,
        fix: 'CONTRIBUTING.md shows what this field may hold.',
      };
  }
}

/** Every problem a schema found, one per issue, each on its field's line. */
export function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  context: IssueContext,
): Problem[] {
  const prefix = context.prefix ?? [];
  const problems: Problem[] = [];
  const meantFields = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(schema, path);
      const owner = NOUNS[String(path.findLast((segment) => typeof segment === 'string') ?? '')] ?? context.noun;
      for (const key of issue.keys) {
        const meant = FIELD_ALIASES[key] ?? closestMatches(key, allowed)[0];
        const siblings = valueAt(context.data, path) as Record<string, unknown> | undefined;
        if (meant && allowed.includes(meant) && !(siblings && meant in siblings))
          meantFields.add(fieldName([...prefix, ...path, meant]));
        problems.push({
          file: context.file,
          line: context.lineOf([...path, key]),
          field: fieldName([...prefix, ...path, key]),
          message: `"${key}" is not a field ${owner} can have.`,
          fix:
            meant && allowed.includes(meant)
              ? `Did you mean "${meant}"? Rename the field.`
              : `Remove it, or use one of: ${allowed.join(', ')}.`,
        });
      }
      continue;
    }
    const field = fieldName([...prefix, ...path]);
    const words = issue.message.includes(FIX_SEPARATOR)
      ? splitSaid(issue.message)
      : plainWords(issue, valueAt(context.data, path), String(path.at(-1) ?? field));
    problems.push({ file: context.file, line: context.lineOf(path), field, ...words });
  }
  // "author" already says "did you mean authors": saying also that "authors" is missing is noise.
  return problems.filter(
    (problem) =>
      !(meantFields.has(problem.field) && valueAt(context.data, pathOf(problem.field, prefix)) === undefined),
  );
}

/** Back from `sources[0].url` to its path, without the prefix. */
function pathOf(field: string, prefix: FieldPath): FieldPath {
  const segments = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : match[1]!,
  );
  return segments.slice(prefix.length);
}

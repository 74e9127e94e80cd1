/**
 * The `original` group new:post writes: the published text a post summarises, from flags or from
 * answers at the terminal. It is checked by the post schema's own `original` rules
 * (src/lib/content/schemas.ts), so new:post can never write a group the build would refuse.
 */
import { originalSchema } from '../../../src/lib/content/schemas';

/** What the writer said about the original, as typed (every part optional until checked). */
export interface OriginalAnswers {
  title?: string | undefined;
  author?: string | undefined;
  /** "person" (the default) or "organisation". */
  authorKind?: string | undefined;
  publisher?: string | undefined;
  /** 2013, 2013-11 or 2013-11-20: the precision the original gives. */
  date?: string | undefined;
  url?: string | undefined;
  /** "blog-post" (the default), "news" or "web-page". */
  kind?: string | undefined;
  /** "full-text", "teaser" or "listing-only". */
  holds?: string | undefined;
}

/** The command-line flag for each answer. */
export const ORIGINAL_FLAGS = {
  title: 'original-title',
  author: 'original-author',
  authorKind: 'original-author-kind',
  publisher: 'original-publisher',
  date: 'original-date',
  url: 'original-url',
  kind: 'original-kind',
  holds: 'original-holds',
} as const satisfies Record<keyof OriginalAnswers, string>;

export type OriginalField = keyof typeof ORIGINAL_FLAGS;

const given = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The group as it goes into the frontmatter, in the order CONTRIBUTING.md shows it; undefined
 * when no part of it was given (a post the editors write from scratch has no original).
 * @example originalGroup({ author: 'Lucy de Groot', publisher: 'CSV', url: 'https://…', holds: 'teaser' })
 */
export function originalGroup(answers: OriginalAnswers): Record<string, unknown> | undefined {
  const author = given(answers.author);
  const authorKind = given(answers.authorKind);
  const group: Record<string, unknown> = {
    title: given(answers.title),
    author: author || authorKind ? { name: author, ...(authorKind ? { kind: authorKind } : {}) } : undefined,
    publisher: given(answers.publisher),
    date: given(answers.date),
    url: given(answers.url),
    kind: given(answers.kind),
    holds: given(answers.holds),
  };
  for (const key of Object.keys(group)) if (group[key] === undefined) delete group[key];
  return Object.keys(group).length > 0 ? group : undefined;
}

/** Which answer a problem at a path of the group belongs to. */
function fieldOf(path: readonly PropertyKey[]): OriginalField {
  const [first, second] = path;
  if (first === 'author') return second === 'kind' ? 'authorKind' : 'author';
  return first !== undefined && String(first) in ORIGINAL_FLAGS ? (String(first) as OriginalField) : 'title';
}

/**
 * Every problem with the group, one per field, by the schema's own messages.
 * @example originalProblems({ publisher: 'BBC News' }) // [{ field: 'url', message: 'The original has no url. …' }, …]
 */
export function originalProblems(group: Record<string, unknown>): { field: OriginalField; message: string }[] {
  const result = originalSchema.safeParse(group);
  if (result.success) return [];
  const seen = new Set<OriginalField>();
  return result.error.issues.flatMap((issue) => {
    const field = fieldOf(issue.path);
    if (seen.has(field)) return [];
    seen.add(field);
    // The schema puts the fix on a line of its own; here it follows on the same line, as in check:content.
    return [{ field, message: issue.message.replace(/\s*\n\s*/g, ' ') }];
  });
}

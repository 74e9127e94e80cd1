/**
 * The frontmatter of posts and publications, checked by the very schemas the build uses
 * (src/lib/content/schemas.ts), each problem on its field's line, plus the one rule a schema
 * cannot know: a published post may not be dated after today, judged in UK time.
 */
import { fullDate, plainSchemas } from '../content/schemas';
import type { Problem } from './problem';
import { fieldProblem, type FileRule } from './rule';
import { issueProblems } from './schema-issues';

const SCHEMAS = plainSchemas();

/** The site's readers and writers are in the UK: "today" is the day in London. */
const SITE_TIME_ZONE = 'Europe/London';

/**
 * `YYYY-MM-DD` in UK time (GMT or BST), whatever zone the machine is in.
 *
 * @example ukToday(new Date('2026-06-30T23:30:00Z')) // '2026-07-01' (BST)
 */
export function ukToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: SITE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Every frontmatter problem of a post or a publication. */
export const checkFrontmatter: FileRule = (file, site) => {
  if (!file.frontmatterRead) return [];
  const schema = file.collection === 'posts' ? SCHEMAS.post : SCHEMAS.publication;
  const result = schema.safeParse(file.data);
  const problems: Problem[] = result.success
    ? []
    : issueProblems(result.error.issues, schema, {
        file: file.file,
        data: file.data,
        noun: file.collection === 'posts' ? 'a post' : 'a publication',
        lineOf: (path) => file.lineOf(path),
      });
  if (file.collection === 'posts') {
    const iso = fullDate(file.data['date']);
    if (iso && iso > site.today && file.data['draft'] !== true)
      problems.push(
        fieldProblem(
          file,
          ['date'],
          `${iso} is in the future, so the post would be published before its day.`,
          'Use the day it goes live (today or earlier, in UK time), or add "draft: true" until then.',
        ),
      );
  }
  return problems;
};

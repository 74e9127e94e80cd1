/**
 * The site's own prose pages (`content/about/*.md`): their frontmatter is read as safely as a
 * post's and checked by the same schema the build uses. Pure: the caller reads the disk.
 */
import { pageSchema } from '../content/schemas';
import { FRONTMATTER, readYaml } from '../content/yaml-data';
import type { Problem } from './problem';
import { issueProblems } from './schema-issues';

/** Every frontmatter problem of one about page. */
export function checkAboutPage(file: string, text: string): Problem[] {
  const match = FRONTMATTER.exec(text);
  if (!match)
    return [
      {
        file,
        line: 1,
        field: 'frontmatter',
        message: 'The file does not start with frontmatter between two "---" lines.',
        fix: 'Start it with "---", a line "title: …", and another "---".',
      },
    ];
  const yaml = readYaml(match[1] ?? '');
  if (yaml.problem)
    return [
      {
        file,
        line: yaml.problem.line + 1,
        field: 'frontmatter',
        message: `The frontmatter cannot be read: ${yaml.problem.message.replace(/^It cannot be read \((.*)\)\.$/, '$1.')}`,
        fix: yaml.problem.fix,
      },
    ];
  const result = pageSchema.safeParse(yaml.data);
  if (result.success) return [];
  return issueProblems(result.error.issues, pageSchema, {
    file,
    data: yaml.data,
    noun: 'a page',
    lineOf: (path) => (yaml.lineOf(path) ?? 0) + 1,
  });
}

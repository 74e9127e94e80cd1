/**
 * One MDX file, read once and parsed once: its frontmatter (with `yaml`, as data with the line of
 * each field, anchors refused and size bounded) and its body (with Sätteri, the MDX parser Astro
 * itself uses, so the checks see exactly what the build sees).
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { fieldName, FRONTMATTER, readYaml, type FieldPath, type YamlReadProblem } from '../content/yaml-data';
import { postLengthProblem } from '../post-format/body-rules';
import type { Problem } from './problem';

export type Collection = 'posts' | 'publications';

export interface ContentFile {
  /** Path as shown in messages, relative to where the check runs: `content/posts/x.mdx`. */
  file: string;
  /** Absolute path on disk, for resolving images next to the file. */
  absolutePath: string;
  collection: Collection;
  /** The path inside the collection's folder, without extension: `my-post` or `2014/my-post`. */
  entryPath: string;
  /** The frontmatter as data; an empty object when it is missing or cannot be read. */
  data: Record<string, unknown>;
  /** False when the frontmatter is missing or broken: field checks would only repeat that. */
  frontmatterRead: boolean;
  /**
   * The MDX tree of the whole file. When MDX cannot read it, the file read as plain Markdown, so
   * pictures, links and headings are still checked; `undefined` for a post that is too long.
   */
  tree: MdastNode | undefined;
  /** Problems found while reading: broken YAML, MDX that does not parse, no frontmatter. */
  readProblems: Problem[];
  /** The line of a frontmatter field in the file (1 for a field that is missing). */
  lineOf(path: FieldPath): number;
}

/** Reads MDX text into a {@link ContentFile}. Pure: the caller reads the disk. */
export function parseContentFile(
  text: string,
  where: { file: string; absolutePath: string; collection: Collection; entryPath: string },
): ContentFile {
  const readProblems: Problem[] = [];
  const match = FRONTMATTER.exec(text);
  const yamlText = match?.[1] ?? '';
  let data: Record<string, unknown> = {};
  let frontmatterRead = false;
  if (!match) {
    readProblems.push({
      file: where.file,
      line: 1,
      field: 'frontmatter',
      message: 'The file does not start with frontmatter between two "---" lines.',
      fix: 'Start the file with a line "---", the fields (title, date, summary, authors, themes, sources), and another "---" line. CONTRIBUTING.md has an example to copy.',
    });
  }
  const yaml = match ? readYaml(yamlText) : undefined;
  if (yaml?.problem) readProblems.push(yamlProblem(where.file, yamlText, yaml.problem));
  else if (yaml) {
    const loaded = yaml.data;
    if (loaded && typeof loaded === 'object' && !Array.isArray(loaded)) {
      data = loaded as Record<string, unknown>;
      frontmatterRead = true;
    } else
      readProblems.push({
        file: where.file,
        line: 2,
        field: 'frontmatter',
        message: 'The frontmatter is not a list of "field: value" lines.',
        fix: 'Write one field per line, such as "title: My post", between the two "---" lines.',
      });
  }

  let tree: MdastNode | undefined;
  const tooLong = where.collection === 'posts' ? postLengthProblem(text) : undefined;
  if (tooLong) readProblems.push({ file: where.file, line: 1, field: 'file', ...tooLong });
  else
    try {
      tree = mdxToMdast(text);
    } catch (error) {
      readProblems.push(mdxSyntaxProblem(where.file, (error as Error).message));
      // Every problem at once: the pictures, links and headings are still read as plain Markdown.
      tree = markdownFallback(text);
    }

  return {
    ...where,
    data,
    frontmatterRead,
    tree,
    readProblems,
    lineOf: (path) => (yaml?.lineOf(path) ?? 0) + 1,
  };
}

/**
 * A YAML error on its line of the file, with the fix for the mistake writers make most: a colon
 * followed by a space inside an unquoted value (`summary: Year two: what changed`).
 */
function yamlProblem(file: string, yamlText: string, problem: YamlReadProblem): Problem {
  // A problem in one value (a tag) is named by its field, on its own line.
  if (problem.path)
    return {
      file,
      line: problem.line + 1,
      field: fieldName(problem.path) || 'frontmatter',
      message: problem.message,
      fix: problem.fix,
    };
  const index = problem.line - 1;
  const lines = yamlText.split(/\r?\n/);
  const suspect = problem.code
    ? [lines[index], lines[index - 1]].find(
        (line) => line !== undefined && /^\s*[\w-]+:\s+[^"'|>\s][^#]*:\s/.test(line),
      )
    : undefined;
  const field = suspect?.trim().split(':')[0];
  const fix = suspect
    ? `The value of "${field}" has a colon followed by a space, so it must be in quotes: ${field}: "…". Or reword it without the colon.`
    : problem.fix;
  return {
    file,
    // The frontmatter starts on the file's second line, after "---".
    line: (suspect === lines[index - 1] && suspect !== undefined ? index - 1 : index) + 2,
    field: field ?? 'frontmatter',
    message: `The frontmatter cannot be read: ${problem.message.replace(/^It cannot be read \((.*)\)\.$/, '$1.')}`,
    fix,
  };
}

/** The MDX syntax errors rapporteurs meet most, said plainly: [what Sätteri says, what is wrong, the fix]. */
const MDX_ADVICE: readonly [RegExp, string, string][] = [
  [
    /to create a comment in MDX/,
    'MDX has no <!-- --> comments.',
    'Write a note to editors as {/* note */}, or delete it.',
  ],
  [
    /Expected a closing tag/,
    'A tag is opened here but never closed.',
    'Close the tag (for example <abbr>…</abbr>), or write &lt; instead of < when you mean the less-than sign.',
  ],
  [
    /expected a valid JSX tag|before name/,
    'MDX reads the < on this line as the start of a tag.',
    'Write &lt; when you mean the less-than sign, or [text](address) for a link.',
  ],
  [
    /expression/i,
    'MDX reads the { on this line as the start of code.',
    'Write \\{ and \\} to show curly braces as text.',
  ],
];

/** Turns Sätteri's `5:7: Expected a closing tag … (mdx-jsx:…)` into a problem on line 5. */
function mdxSyntaxProblem(file: string, rawMessage: string): Problem {
  const match = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\([\w-]+:[\w-]+\))?$/.exec(rawMessage.trim());
  const line = match ? Number(match[1]) : 1;
  const advice = MDX_ADVICE.find(([pattern]) => pattern.test(rawMessage));
  if (advice) return { file, line, field: 'body', message: `MDX cannot read this line: ${advice[1]}`, fix: advice[2] };
  const detail = (match?.[3] ?? rawMessage).replace(/\s*\(\d+:\d+\)/g, '').replace(/\.$/, '');
  return {
    file,
    line,
    field: 'body',
    message: `MDX cannot read this line (${detail}).`,
    fix: 'Look for a stray < or { on the line: write &lt; for "<" and \\{ for "{".',
  };
}

/** The file read as plain Markdown, where MDX syntax is ordinary text; `undefined` if even that fails. */
function markdownFallback(text: string): MdastNode | undefined {
  try {
    return markdownToMdast(text);
  } catch {
    return undefined;
  }
}

/** Visits every node of an MDX tree, depth first, in document order. */
export function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as MdastNode[]) walk(child, visit);
  }
}

/** The 1-based line a node starts on. */
export function lineOfNode(node: MdastNode): number {
  return node.position?.start.line ?? 1;
}

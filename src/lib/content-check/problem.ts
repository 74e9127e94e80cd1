/**
 * A problem the content checks found, and how it is shown to a rapporteur:
 * `content/posts/x.mdx:4: authors: "edtors" is not a known author. Use an id from content/people.yaml.`
 */

/** One mistake in one place, with what to do about it. */
export interface Problem {
  /** The file as the rapporteur sees it in the repository: `content/posts/my-post.mdx`. */
  file: string;
  /** 1-based line in that file; 1 when the problem concerns the whole file or a missing field. */
  line: number;
  /** The frontmatter field (`authors`, `sources[2].url`), or `body` for the text below it. */
  field: string;
  /** What is wrong, as one sentence ending with a full stop. */
  message: string;
  /** How to fix it, as one or more sentences. */
  fix: string;
}

/** The one-line form every check prints: `file:line: field: what is wrong. How to fix it.` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message} ${problem.fix}`;
}

/** Orders problems the way a reader fixes them: file by file, top to bottom. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}

/**
 * The closing line of a run: how many problems in how many files, and how long it took.
 *
 * @example runSummary([], 1000, 412) // "No problems found. Checked 1,000 files in 0.4 s."
 */
export function runSummary(problems: readonly Problem[], filesChecked: number, milliseconds: number): string {
  const checked = `Checked ${filesChecked.toLocaleString('en-GB')} ${filesChecked === 1 ? 'file' : 'files'} in ${(milliseconds / 1000).toFixed(1)} s.`;
  if (problems.length === 0) return `No problems found. ${checked}`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const count = problems.length === 1 ? '1 problem' : `${problems.length.toLocaleString('en-GB')} problems`;
  return `Found ${count} in ${files === 1 ? '1 file' : `${files.toLocaleString('en-GB')} files`}. ${checked}`;
}

/** A GitHub Actions annotation, so each problem also shows beside the line in the pull request's diff. */
export function githubAnnotation(problem: Problem): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${property(problem.file)},line=${problem.line},title=${property(problem.field)}::${escape(`${problem.message} ${problem.fix}`)}`;
}

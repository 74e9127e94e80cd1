/**
 * Turns what `npm run check:content` printed into one plain-English Markdown report: the pull
 * request's job summary and its preview comment. GitHub shows at most ten annotations per step, so
 * this report is where a writer reads every problem at once. It reads the check's printed lines
 * (`file:line: field: what is wrong. How to fix it.`) rather than calling the checker, so it
 * reports exactly what the writer would see in a terminal.
 */

/** One problem line of the check's output, split into its parts. */
export interface ReportedProblem {
  file: string;
  line: number;
  field: string;
  text: string;
}

const PROBLEM = /^(?<file>[^\s:][^:]*):(?<line>\d+): (?:(?<field>[\w[\].-]+): )?(?<text>.+)$/;

/** The problem lines of the check's output; annotations, the summary line and anything else are left out. */
export function problemsIn(output: string): ReportedProblem[] {
  return output.split(/\r?\n/).flatMap((line) => {
    const groups = PROBLEM.exec(line.trim())?.groups;
    if (!groups?.['file'] || !groups['text']) return [];
    return [{ file: groups['file'], line: Number(groups['line']), field: groups['field'] ?? '', text: groups['text'] }];
  });
}

/**
 * Text from a contributor's post, made inert for Markdown: no links, images, HTML, headings or
 * tables, and no `@name` that would notify someone.
 */
export function inert(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+|~!]/g, '\\$&').replace(/@(?=\w)/g, '@\u200b');
}

/** The check's closing line (`Found 3 problems in 1 file. Checked …` or `No problems found. …`), if it printed one. */
function closingLine(output: string): string | undefined {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => /^(Found [\d,]+ problems? in|No problems found\.)/.test(line));
}

/**
 * The Markdown report.
 * @param exitCode how the check ended: 0 passed, 1 found problems, anything else stopped early.
 */
export function contentReport(output: string, exitCode: number): string {
  const problems = problemsIn(output);
  const closing = closingLine(output);
  const lines: string[] = [];
  if (exitCode === 0 && problems.length === 0) {
    lines.push('### Content check: no problems found', '', closing ? inert(closing) : 'Every post passed the check.');
    return `${lines.join('\n')}\n`;
  }
  if (problems.length === 0) {
    lines.push(
      '### Content check: it stopped before it could finish',
      '',
      `The check ended with code ${exitCode} without listing any problem. Open the "Check the content" job's log to see what happened, or ask a developer.`,
    );
    return `${lines.join('\n')}\n`;
  }
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  lines.push(
    `### Content check: ${count} to fix`,
    '',
    'Each item says on which line, what is wrong and how to fix it. Fix them all, then push again: this report is updated on each push.',
  );
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  for (const [file, fileProblems] of byFile) {
    lines.push('', `#### ${inert(file)}`, '');
    for (const problem of fileProblems) {
      const field = problem.field ? ` (${inert(problem.field)})` : '';
      lines.push(`- Line ${problem.line}${field}: ${inert(problem.text)}`);
    }
  }
  if (closing) lines.push('', inert(closing));
  return `${lines.join('\n')}\n`;
}

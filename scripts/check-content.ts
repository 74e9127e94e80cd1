/**
 * Checks the content before it is built, and says in plain English what to fix:
 * `content/posts/x.mdx:4: authors: "edtors" is not a known author. Did you mean "editors"? …`
 *
 * Usage: `npm run check:content`, or `npm run check:content -- path/to/content`.
 * The folder is, in order: the argument, CPP_CONTENT_DIR, `content/`. Exits 1 when anything is wrong.
 */
import { performance } from 'node:perf_hooks';
import { checkContent, crashProblem, type CheckResult } from '../src/lib/content-check/check-content';
import { reportHouseStyle } from '../src/lib/content-check/house-style';
import { formatProblem, githubAnnotation, runSummary } from '../src/lib/content-check/problem';
import { contentFolder } from '../src/lib/settings';

const contentDir = process.argv[2] ?? contentFolder();
const started = performance.now();
// The checks guard each file; this catches anything else, so a writer never sees a stack trace.
let result: CheckResult;
try {
  result = checkContent({ contentDir });
} catch (error) {
  result = { problems: [crashProblem(contentDir, error)], filesChecked: 0, pages: new Map() };
}
const { problems, filesChecked } = result;
const elapsed = performance.now() - started;

for (const problem of problems) console.log(formatProblem(problem));
// On GitHub the same problems also appear beside the lines of the pull request's diff.
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of problems) console.log(githubAnnotation(problem));
if (problems.length > 0) console.log('');
console.log(runSummary(problems, filesChecked, elapsed));
// House style is advice, never a failure; a fault in it is said in one plain line, like any other.
try {
  reportHouseStyle(contentDir);
} catch (error) {
  console.log(formatProblem(crashProblem(contentDir, error)));
}
if (problems.length > 0) {
  console.log('CONTRIBUTING.md explains every field, and how to preview a post with "npm run dev".');
  process.exitCode = 1;
}

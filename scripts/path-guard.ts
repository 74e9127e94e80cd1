/**
 * The path guard for contributors' pull requests: a rapporteur's pull request may add or change
 * only posts and their pictures in content/posts/. Everything else (code, workflows, the site's
 * data files) is reviewed by the people .github/CODEOWNERS names, and a contributor's pull request
 * that touches it fails here, with one plain message per file.
 *
 * Usage: `node scripts/path-guard.ts <base-commit> <head-commit>`. The pull-request workflow runs
 * the copy of this file from the base branch, never the pull request's own, with Node's type
 * stripping: so it imports nothing but Node itself. AUTHOR_ASSOCIATION (GitHub's
 * `author_association`) OWNER or MEMBER means a member of the organisation: not a contributor.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** One changed file, as `git diff --raw` reports it. */
export interface ChangedFile {
  /** A (added), M (modified), D (deleted), R (renamed), C (copied), T (type changed)… */
  status: string;
  /** The file's mode after the change: 100644 a plain file, 100755 executable, 120000 a symlink, 000000 deleted. */
  mode: string;
  path: string;
  /** The path before a rename or copy. */
  from?: string;
}

/** What a contributor may change: posts and their pictures, with plain lower-case names, under content/posts/. */
const ALLOWED =
  /^content\/posts\/(?:[a-z0-9][a-z0-9-]{0,79}\/){0,2}[a-z0-9][a-z0-9-]{0,119}\.(?:mdx|md|png|jpe?g|webp|avif|gif)$/;

/** Organisation members, whose pull requests CODEOWNERS review instead. */
const MEMBERS = new Set(['OWNER', 'MEMBER']);

/** Parses `git diff --raw -z -M` output. */
export function parseRawDiff(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  for (let index = 0; index < fields.length; index++) {
    const header = fields[index];
    if (!header?.startsWith(':')) continue;
    const [, mode = '', , , status = ''] = header.slice(1).split(' ');
    const kind = status.charAt(0);
    if (kind === 'R' || kind === 'C') {
      files.push({ status: kind, mode, from: fields[index + 1] ?? '', path: fields[index + 2] ?? '' });
      index += 2;
    } else {
      files.push({ status: kind, mode, path: fields[index + 1] ?? '' });
      index += 1;
    }
  }
  return files;
}

/** A file name as a message shows it: plain if it is plain, else quoted with its odd characters escaped. */
function shown(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : JSON.stringify(path);
}

/** One plain message per file a contributor may not change; empty when the pull request only touches posts and pictures. */
export function pathProblems(files: readonly ChangedFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    for (const path of file.from === undefined ? [file.path] : [file.from, file.path]) {
      if (!ALLOWED.test(path)) {
        problems.push(
          `${shown(path)}: this pull request changes a file outside the posts. A post may add or change only its own .mdx file and its pictures (.jpg, .png, .webp, .avif or .gif, with names in lower case with hyphens) in content/posts/. Undo this change, or ask an editor to make it.`,
        );
      }
    }
    if (file.status !== 'D' && ALLOWED.test(file.path) && file.mode !== '100644') {
      const what =
        file.mode === '120000'
          ? 'a symbolic link'
          : file.mode === '100755'
            ? 'marked as a program'
            : 'not a plain file';
      problems.push(
        `${shown(file.path)}: this file is ${what}. Upload the post or picture itself as an ordinary file.`,
      );
    }
  }
  return [...new Set(problems)];
}

/** Runs the guard for a pull request: prints every problem, writes them to the job summary, exits 1 if there are any. */
function main(args: readonly string[]): void {
  const [base, head] = args;
  if (!base || !head) {
    console.error('Usage: node scripts/path-guard.ts <base-commit> <head-commit>');
    process.exit(2);
  }
  const association = process.env['AUTHOR_ASSOCIATION'] ?? '';
  if (MEMBERS.has(association)) {
    console.log(`The author is a member of the organisation (${association}): CODEOWNERS review applies instead.`);
    return;
  }
  const output = execFileSync('git', ['diff', '--raw', '-z', '-M', '--no-abbrev', `${base}...${head}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const files = parseRawDiff(output);
  const problems = pathProblems(files);
  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (problems.length === 0) {
    console.log(`All ${files.length} changed files are posts or pictures in content/posts/.`);
    if (summary)
      appendFileSync(
        summary,
        `### Files changed\n\nAll ${files.length} changed files are posts or pictures in \`content/posts/\`.\n`,
      );
    return;
  }
  for (const problem of problems) console.log(problem);
  if (summary) {
    appendFileSync(
      summary,
      `### Files this pull request may not change\n\n${problems.map((problem) => `- ${problem}`).join('\n')}\n`,
    );
  }
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));

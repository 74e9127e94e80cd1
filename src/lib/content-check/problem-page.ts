/**
 * The page `npm run dev` shows instead of a post that has problems: the same plain lines as the
 * terminal and `npm run check:content`, and nothing of the post itself (its text is never run or
 * rendered while it has problems). While a file every page reads has problems (a list file such as
 * people.yaml, or a publication), every page of the preview is this page, for all of them.
 */
import { formatProblem, type Problem } from './problem';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** What the page is about: one post, or the files every page reads. */
export interface ProblemPageSubject {
  /** "This post", "The site's content". */
  name: string;
  /** What the preview shows again once fixed: "the post", "the site". */
  shows: string;
}

const A_POST: ProblemPageSubject = { name: 'This post', shows: 'the post' };

/** A small, self-contained HTML page listing the problems of `file` (one file, or several as words). */
export function problemPage(file: string, problems: readonly Problem[], subject: ProblemPageSubject = A_POST): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  const items = problems.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject.name)} has ${count} to fix</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{white-space:pre-wrap;word-break:break-word}li{margin-block:.75rem}</style>
</head>
<body>
<main>
<h1>${escapeHtml(subject.name)} has ${count} to fix</h1>
<p>The preview shows ${subject.shows} again once ${problems.length === 1 ? 'it is' : 'they are'} fixed: save the file and reload this page.</p>
<ul>
${items}
</ul>
<p>Each line reads <code>file:line: field: what is wrong. How to fix it.</code> CONTRIBUTING.md explains every field. Each time you save, the checks run again on ${escapeHtml(file)}.</p>
</main>
</body>
</html>
`;
}

/**
 * House style as advice: warnings, never errors, each at `file:line`. The rules come from
 * ../shared/style.md's house conventions and GOV.UK's style guide: money as "£100 million", no
 * "vs", times as "6:30pm", sentences of 30 words or fewer, and GOV.UK's "words to avoid".
 *
 * The prose is read the unified way: the MDX tree (Sätteri, as the other checks) becomes an
 * English syntax tree with `mdast-util-to-nlcst` and `parse-english`, so headings, list items,
 * footnotes and link text are checked and Markdown syntax is not. Words are found with
 * `nlcst-search`, the matcher retext-simplify uses. No retext plugin carries GOV.UK's own list or
 * its rules for money and times, and retext-readability scores reading age rather than counting
 * words, so those four rules are written here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { toNlcst } from 'mdast-util-to-nlcst';
import type { Node as NlcstNode, Sentence } from 'nlcst';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { formatProblem, githubAnnotation, type Problem } from './problem';

/**
 * GOV.UK's "words to avoid", with their common forms, and what to write instead. "Impact" and
 * "progress" are left out: GOV.UK objects only to the verbs, and a word search cannot tell a verb
 * from the noun. "Deliver" is left out too: GOV.UK allows services to be delivered.
 */
const WORDS_TO_AVOID: Readonly<Record<string, string>> = {
  agenda: 'Say what the plan or aim is.',
  advancing: 'Say what is being done: "improving", "building".',
  collaborate: 'Write "work with".',
  collaborating: 'Write "working with".',
  combat: 'Write "stop", "reduce" or "prevent".',
  countering: 'Write "answering" or "preventing".',
  deploy: 'Write "use" or "put in place".',
  dialogue: 'Write "talk" or "discussion".',
  disincentivise: 'Write "discourage".',
  empower: 'Write "allow" or "give the power to".',
  empowering: 'Say what people can now do.',
  facilitate: 'Write "help", "run" or "make possible".',
  facilitated: 'Write "run" or "helped".',
  focusing: 'Write "working on" or "looking at".',
  foster: 'Write "encourage" or "help".',
  key: 'Write "important" or "main", or leave it out.',
  leverage: 'Write "use".',
  liaise: 'Write "work with" or "talk to".',
  overarching: 'Write "main" or "general".',
  promote: 'Write "encourage" or "support".',
  robust: 'Write "strong", "sound" or "well tested".',
  streamline: 'Write "simplify".',
  strengthening: 'Write "building up" or "improving".',
  tackle: 'Write "deal with", "solve" or "reduce".',
  tackled: 'Write "dealt with", "solved" or "met".',
  tackling: 'Write "dealing with" or "working on".',
  transforming: 'Write "changing" or "improving".',
  utilise: 'Write "use".',
};

/** GOV.UK writes money in words for millions and billions, and times with a colon. */
const TEXT_RULES: readonly { pattern: RegExp; message: (found: string) => string; fix: string }[] = [
  {
    pattern: /£\d[\d,.]*\s?(m|bn|k)\b/g,
    message: (found) => `"${found}" abbreviates the amount.`,
    fix: 'Write it in full, GOV.UK style: "£100 million", "£2 billion", "£10,000".',
  },
  {
    pattern: /\b\d{1,2}\.\d{2}\s?(am|pm)\b/gi,
    message: (found) => `"${found}" writes the time with a full stop.`,
    fix: 'Use a colon and no space, GOV.UK style: "6:30pm".',
  },
  {
    pattern: /\bvs\b\.?|\bv\.\s/g,
    message: (found) => `"${found.trim()}" is an abbreviation readers may not know.`,
    fix: 'Write "versus", or rephrase ("set against", "rather than").',
  },
];

/** GOV.UK asks for sentences of 25 words at most; the house limit, a little looser, is 30. */
const MAX_SENTENCE_WORDS = 30;

const QUOTES = new Set(['"', '“', '”']);

/** The sentence's text with everything inside quotation marks blanked: quoted titles are not ours to restyle. */
function unquotedText(sentence: Sentence): string {
  let inside = false;
  let text = '';
  visit(sentence, (node: NlcstNode) => {
    if (!('value' in node) || typeof node.value !== 'string') return;
    if (node.type === 'PunctuationNode' && QUOTES.has(node.value)) {
      inside = node.value === '“' ? true : node.value === '”' ? false : !inside;
      text += ' ';
      return;
    }
    text += inside ? ' '.repeat(node.value.length) : node.value;
  });
  return text;
}

function isQuoted(sentence: Sentence, word: NlcstNode): boolean {
  const start = word.position?.start.offset ?? 0;
  let inside = false;
  let quoted = false;
  visit(sentence, 'PunctuationNode', (node: NlcstNode & { value: string }) => {
    if ((node.position?.start.offset ?? 0) >= start) return false;
    if (QUOTES.has(node.value)) inside = node.value === '“' ? true : node.value === '”' ? false : !inside;
    quoted = inside;
    return undefined;
  });
  return quoted;
}

/**
 * The house-style warnings for one MDX text (frontmatter included, so lines match the file).
 *
 * @example houseStyleOf('content/posts/x.mdx', '---\ntitle: X\n---\n\nIt cost £100m.\n')
 * // [{ file: 'content/posts/x.mdx', line: 5, field: 'body', message: '"£100m" abbreviates the amount.', … }]
 */
export function houseStyleOf(file: string, text: string): Problem[] {
  let tree;
  try {
    tree = mdxToMdast(text);
  } catch {
    return []; // The syntax check reports MDX that cannot be read.
  }
  // Sätteri's tree is mdast with positions; the cast bridges its own node type to mdast's.
  const english = toNlcst(tree, new VFile(text), new ParseEnglish());
  const problems: Problem[] = [];
  const warn = (node: NlcstNode, message: string, fix: string) =>
    problems.push({ file, line: node.position?.start.line ?? 1, field: 'style', message, fix });

  visit(english, 'SentenceNode', (sentence: Sentence) => {
    const words = sentence.children.filter((child) => child.type === 'WordNode').length;
    if (words > MAX_SENTENCE_WORDS)
      warn(
        sentence,
        `This sentence has ${words} words.`,
        `Split it so that each sentence has ${MAX_SENTENCE_WORDS} words or fewer.`,
      );
    const unquoted = unquotedText(sentence);
    for (const rule of TEXT_RULES)
      for (const match of unquoted.matchAll(rule.pattern)) warn(sentence, rule.message(match[0]), rule.fix);
    search(sentence, Object.keys(WORDS_TO_AVOID), (nodes) => {
      const word = nodes[0];
      if (!word || isQuoted(sentence, word)) return;
      const found = toString(word);
      // A capitalised word inside a sentence is a name ("Transforming Whitehall"), not a choice of word.
      if (found[0] !== found[0]?.toLowerCase() && sentence.children[0] !== word) return;
      warn(word, `"${found}" is on GOV.UK's list of words to avoid.`, WORDS_TO_AVOID[found.toLowerCase()] ?? '');
    });
    return 'skip';
  });
  return problems;
}

/** The house-style warnings for every publication and post under a content folder, as `file:line` problems. */
export function houseStyleWarnings(contentDir: string, displayRoot = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ['publications', 'posts']) {
    const dir = join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
    } catch {
      continue; // A missing folder is the other checks' problem.
    }
    for (const name of names.sort()) {
      const path = join(dir, name);
      const file = relative(displayRoot, path).split(sep).join('/');
      problems.push(...houseStyleOf(file, readFileSync(path, 'utf8')));
    }
  }
  return problems;
}

/**
 * Prints the house-style warnings of a content folder for `npm run check:content`, after its
 * errors. Warnings never change the exit code: they are advice, and a rapporteur may have reason
 * to keep a long sentence. On GitHub each also appears as a warning beside the diff.
 */
export function reportHouseStyle(contentDir: string, log: (line: string) => void = console.log): number {
  const warnings = houseStyleWarnings(contentDir);
  for (const warning of warnings) log(formatProblem(warning));
  if (process.env['GITHUB_ACTIONS'] === 'true')
    for (const warning of warnings) log(githubAnnotation(warning).replace(/^::error/, '::warning'));
  log(
    warnings.length === 0
      ? 'House style: no suggestions.'
      : `House style: ${warnings.length} ${warnings.length === 1 ? 'suggestion' : 'suggestions'} above (warnings: they do not fail the check).`,
  );
  return warnings.length;
}

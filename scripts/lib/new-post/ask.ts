/**
 * Asks for what a post needs when new:post is run with nothing after it at a terminal: the title,
 * then the themes and the authors, each checked against the ids in content/ until they are right,
 * then the published original the post summarises, if there is one, checked by the post schema.
 */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { didYouMean } from '../../../src/lib/content-check/suggestions';
import { originalGroup, originalProblems, type OriginalAnswers, type OriginalField } from './original';

export interface Answers {
  title: string;
  themes: string[];
  authors: string[];
  original: OriginalAnswers;
}

/** The question for each part of the original; Enter leaves an optional part out. */
const ORIGINAL_QUESTIONS: Record<OriginalField, string> = {
  title: "The original's title, exactly as it gives it (Enter if our copy shows none): ",
  author: 'Who wrote it, as they sign it (Enter if it names nobody): ',
  authorKind: 'Is the author a person or an organisation? (Enter for person): ',
  publisher: 'Who published it (the blog, paper or site): ',
  date: 'When it appeared: 2013, 2013-11 or 2013-11-20, as precisely as it says (Enter if undated): ',
  url: 'Its address, starting with https:// : ',
  kind: 'Is it a blog-post, news or web-page? (Enter for blog-post): ',
  holds: 'What our copy holds: full-text, teaser or listing-only: ',
};

export interface AskOptions {
  input: Readable;
  output: Writable;
  themes: readonly string[];
  people: readonly string[];
}

/** The ids in an answer ("a, b" or "a b"), and what is wrong with them; empty when all are known. */
function readIds(answer: string, valid: readonly string[], noun: string): { ids: string[]; problems: string[] } {
  const ids = answer
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  const problems = ids
    .filter((id) => !valid.includes(id))
    .map((id) => `"${id}" is not a known ${noun}. ${didYouMean(id, valid)}`.trim());
  return { ids, problems };
}

export async function askForPost(options: AskOptions): Promise<Answers> {
  const prompt = createInterface({ input: options.input, output: options.output, terminal: false });
  const say = (text: string) => options.output.write(`${text}\n`);
  try {
    let title = '';
    while (!title) title = (await prompt.question('Title of the post: ')).trim();

    const askIds = async (question: string, valid: readonly string[], noun: string, fallback: string[]) => {
      say(`${noun[0]!.toUpperCase()}${noun.slice(1)} ids: ${valid.join(', ')}`);
      for (;;) {
        const answer = (await prompt.question(question)).trim();
        if (!answer && fallback.length > 0) return fallback;
        const { ids, problems } = readIds(answer, valid, noun);
        if (ids.length > 0 && problems.length === 0) return ids;
        say(problems.length > 0 ? problems.join('\n') : `Give at least one ${noun} id.`);
      }
    };
    const themes = await askIds('Themes (ids, separated by commas): ', options.themes, 'theme', []);
    const authors = await askIds('Authors (ids, separated by commas; Enter for editors): ', options.people, 'author', [
      'editors',
    ]);
    const original: OriginalAnswers = {};
    const summarises = (await prompt.question('Does the post summarise a published original? (y/N): ')).trim();
    if (/^y/i.test(summarises)) {
      let fields = Object.keys(ORIGINAL_QUESTIONS) as OriginalField[];
      while (fields.length > 0) {
        for (const field of fields) {
          if (field === 'authorKind' && !original.author) continue;
          original[field] = (await prompt.question(ORIGINAL_QUESTIONS[field])).trim() || undefined;
        }
        if (!original.author) original.authorKind = undefined;
        const problems = originalProblems(originalGroup(original) ?? {});
        for (const { message } of problems) say(message);
        fields = problems.map(({ field }) => field);
      }
    }
    return { title, themes, authors, original };
  } finally {
    prompt.close();
  }
}

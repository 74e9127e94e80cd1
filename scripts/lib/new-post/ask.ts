/**
 * Asks for what a post needs when new:post is run with nothing after it at a terminal: the title,
 * then the themes and the authors, each checked against the ids in content/ until they are right.
 */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { didYouMean } from '../../../src/lib/content-check/suggestions';

export interface Answers {
  title: string;
  themes: string[];
  authors: string[];
}

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
    return { title, themes, authors };
  } finally {
    prompt.close();
  }
}

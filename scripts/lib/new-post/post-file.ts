/**
 * What `npm run new:post` writes: a post file whose frontmatter is complete and whose example
 * text the content checks refuse until it is replaced (see content-check/placeholders.ts).
 */
import { slug } from 'github-slugger';
import { PLACEHOLDERS } from './content-check/placeholders';

export interface NewPostOptions {
  title: string;
  authors: readonly string[];
  themes: readonly string[];
  draft: boolean;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** Longest file name the slug gets, so addresses stay readable; cut at a word. */
const MAX_SLUG = 60;

/**
 * The post's file name and address from its title, as Astro would make it from the file name.
 *
 * @example postSlug('What the pairs learned in Leeds') // 'what-the-pairs-learned-in-leeds'
 */
export function postSlug(title: string): string {
  const full = slug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (full.length <= MAX_SLUG) return full;
  return full.slice(0, MAX_SLUG + 1).replace(/-[^-]*$/, '');
}

/** A YAML string: plain when that is safe, in double quotes otherwise (`Year two: what changed`). */
function yamlText(text: string): string {
  return /^[A-Za-z0-9][^:#"'\n]*$/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

/** The whole file. */
export function newPostFile(options: NewPostOptions): string {
  return [
    '---',
    `title: ${yamlText(options.title)}`,
    `date: ${options.date}`,
    ...(options.draft ? ['draft: true'] : []),
    `authors: [${options.authors.join(', ')}]`,
    `themes: [${options.themes.join(', ')}]`,
    `summary: ${PLACEHOLDERS.summary}`,
    'sources:',
    `  - title: ${PLACEHOLDERS.sourceTitle}`,
    `    url: ${PLACEHOLDERS.sourceUrl}`,
    `    publisher: ${PLACEHOLDERS.sourcePublisher}`,
    '---',
    '',
    PLACEHOLDERS.body,
    '',
    '## A heading for each part',
    '',
    'Write in short paragraphs. Add a footnote like this.[^1]',
    '',
    '[^1]: The footnote, for example the page of the source it comes from.',
    '',
  ].join('\n');
}

export interface NewPostArguments {
  title: string | undefined;
  authors: string[];
  themes: string[];
  draft: boolean;
  contentDir: string | undefined;
}

/**
 * Reads `"Title" --author a --author b,c --theme t --draft --content-dir dir` (also `--author=a`).
 *
 * @example parseNewPostArguments(['My title', '--theme', 'x']).themes // ['x']
 */
export function parseNewPostArguments(argv: readonly string[]): NewPostArguments {
  const parsed: NewPostArguments = { title: undefined, authors: [], themes: [], draft: false, contentDir: undefined };
  const words: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const [flag, inline] = argument.startsWith('--') ? argument.split(/=(.*)/s, 2) : [argument, undefined];
    const value = () => inline ?? argv[++index] ?? '';
    const list = () =>
      value()
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
    if (flag === '--author' || flag === '--authors' || flag === '-a') parsed.authors.push(...list());
    else if (flag === '--theme' || flag === '--themes' || flag === '-t') parsed.themes.push(...list());
    else if (flag === '--draft') parsed.draft = true;
    else if (flag === '--content-dir') parsed.contentDir = value();
    else words.push(argument);
  }
  parsed.title = words.join(' ').trim() || undefined;
  return parsed;
}

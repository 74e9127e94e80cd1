/**
 * Reads new:post's command line, the same whether the writer typed `npm run new:post -- "Title"
 * --theme x` or forgot the `--`: `npm run new:post "Title" --theme x`.
 *
 * Without `--`, npm keeps every flag for itself: it does not pass `--theme x` to the script, but
 * sets `npm_config_theme=true` in its environment (one `true` per use, joined by blank lines), and
 * passes the value `x` on as a loose word. So the flags are read from `process.env.npm_config_*`,
 * and each loose word is given back to the flag it belongs to by what it is: a theme id, a person
 * id, or a folder. `--theme=x` reaches the environment whole: `npm_config_theme=x`.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closestMatches } from '../../../src/lib/content-check/suggestions';
import { ORIGINAL_FLAGS, type OriginalAnswers } from './original';

export interface NewPostArguments {
  title: string | undefined;
  authors: string[];
  themes: string[];
  draft: boolean;
  contentDir: string | undefined;
  help: boolean;
  /** The published text the post summarises: --original-title, --original-author and the rest. */
  original: OriginalAnswers;
}

/** The ids a loose word can be recognised as. */
export interface KnownIds {
  themes: readonly string[];
  people: readonly string[];
}

/** A mistake on the command line, said plainly; new-post.ts prints it with the usage. */
export class ArgumentError extends Error {}

const OPTIONS = {
  theme: { type: 'string', multiple: true, short: 't' },
  themes: { type: 'string', multiple: true },
  author: { type: 'string', multiple: true, short: 'a' },
  authors: { type: 'string', multiple: true },
  draft: { type: 'boolean' },
  'content-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'original-title': { type: 'string' },
  'original-author': { type: 'string' },
  'original-author-kind': { type: 'string' },
  'original-publisher': { type: 'string' },
  'original-date': { type: 'string' },
  'original-url': { type: 'string' },
  'original-kind': { type: 'string' },
  'original-holds': { type: 'string' },
} as const;

const FLAGS = Object.keys(OPTIONS);

/** `--drafts is not an option of new:post. Did you mean --draft?` */
function unknownFlag(flag: string): ArgumentError {
  const name = flag.replace(/^-+/, '');
  const [close] = closestMatches(name, FLAGS);
  const advice = close ? ` Did you mean --${close}?` : ` The options are ${FLAGS.map((f) => `--${f}`).join(', ')}.`;
  return new ArgumentError(`--${name} is not an option of new:post.${advice}`);
}

/** "a,b" and repeated flags → ['a', 'b']. */
function ids(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',').map((id) => id.trim())).filter(Boolean);
}

/** What npm put in the environment for one flag: the values given as `--flag=value`, and how many were swallowed. */
function npmFlag(env: NodeJS.ProcessEnv, ...names: string[]): { values: string[]; swallowed: number } {
  const entries = names.flatMap((name) => (env[`npm_config_${name.replace(/-/g, '_')}`] ?? '').split(/\n\n/));
  const given = entries.filter((entry) => entry !== '');
  return {
    values: given.filter((entry) => entry !== 'true'),
    swallowed: given.filter((entry) => entry === 'true').length,
  };
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * The content folder given on the command line, read before the rest because it decides which ids
 * are known: `--content-dir x`, `--content-dir=x`, or (npm having kept the flag) the loose word
 * that is a folder with a themes.yaml in it.
 */
export function contentDirOf(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const at = argv.findIndex((argument) => argument === '--content-dir' || argument.startsWith('--content-dir='));
  if (at >= 0) return argv[at]!.includes('=') ? argv[at]!.slice(argv[at]!.indexOf('=') + 1) : argv[at + 1];
  if (env['npm_lifecycle_event'] !== 'new:post') return undefined;
  const { values, swallowed } = npmFlag(env, 'content-dir');
  if (values[0]) return values[0];
  return swallowed > 0 ? argv.find((word) => isFolder(word) && existsSync(join(word, 'themes.yaml'))) : undefined;
}

/**
 * Reads the arguments; `env` is read only when npm ran this script (`npm_lifecycle_event` is new:post).
 *
 * @example parseNewPostArguments(['My title', '--theme', 'x'], {}, known).themes // ['x']
 */
export function parseNewPostArguments(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  known: KnownIds,
): NewPostArguments {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'(-[^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) throw unknownFlag(flag.split('=')[0]!);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag)
      throw new ArgumentError(`${flag} needs a value after it, for example ${flag} an-id.`);
    throw new ArgumentError((error as Error).message);
  }
  const { values } = parsed;
  const result: NewPostArguments = {
    title: undefined,
    themes: ids([...(values.theme ?? []), ...(values.themes ?? [])]),
    authors: ids([...(values.author ?? []), ...(values.authors ?? [])]),
    draft: values.draft ?? false,
    contentDir: values['content-dir'],
    help: values.help ?? false,
    original: Object.fromEntries(
      Object.entries(ORIGINAL_FLAGS).flatMap(([field, flag]) => (values[flag] ? [[field, values[flag]]] : [])),
    ),
  };
  let words = [...parsed.positionals];

  if (env['npm_lifecycle_event'] === 'new:post') {
    for (const name of Object.keys(env)) {
      const flag = /^npm_config_(.+)$/.exec(name)?.[1]?.replace(/_/g, '-');
      // npm's own settings arrive the same way, so only a near miss of one of ours is a mistake.
      if (flag && !FLAGS.includes(flag) && closestMatches(flag, FLAGS).length > 0 && flag.length > 3) {
        throw unknownFlag(flag);
      }
    }
    const theme = npmFlag(env, 'theme', 'themes');
    const author = npmFlag(env, 'author', 'authors');
    const folder = npmFlag(env, 'content-dir');
    result.themes.push(...ids(theme.values));
    result.authors.push(...ids(author.values));
    result.contentDir ??= folder.values[0];
    if (npmFlag(env, 'draft').swallowed > 0) result.draft = true;
    if (npmFlag(env, 'help').swallowed > 0) result.help = true;
    // A title or a name cannot be told apart from the post's own title, so a swallowed value is refused.
    for (const [field, flag] of Object.entries(ORIGINAL_FLAGS) as [keyof OriginalAnswers, string][]) {
      const { values: written, swallowed } = npmFlag(env, flag);
      if (written[0]) result.original[field] ??= written[0];
      if (swallowed > 0)
        throw new ArgumentError(
          `npm kept --${flag} for itself, so its value ran into the title. Put -- after new:post, so the flags ` +
            `reach it: npm run new:post -- "Title" --theme <theme-id> --${flag} "…".`,
        );
    }
    let { swallowed: themes } = theme;
    let { swallowed: authors } = author;
    let { swallowed: folders } = folder;
    words = words.filter((word) => {
      const parts = ids([word]);
      if (themes > 0 && parts.length > 0 && parts.every((part) => known.themes.includes(part))) {
        themes--;
        result.themes.push(...parts);
        return false;
      }
      if (authors > 0 && parts.length > 0 && parts.every((part) => known.people.includes(part))) {
        authors--;
        result.authors.push(...parts);
        return false;
      }
      if (folders > 0 && isFolder(word)) {
        folders--;
        result.contentDir ??= word;
        return false;
      }
      return true;
    });
    const lost = [themes > 0 ? '--theme' : '', authors > 0 ? '--author' : '', folders > 0 ? '--content-dir' : ''];
    if (lost.some(Boolean)) {
      throw new ArgumentError(
        `npm kept ${lost.filter(Boolean).join(' and ')} for itself and passed on a value that is not a known id ` +
          `(it is among: ${words.map((word) => `"${word}"`).join(', ')}). Put -- after new:post, so the flags reach it: ` +
          'npm run new:post -- "Title" --theme <theme-id>.',
      );
    }
  }
  result.title = words.join(' ').trim() || undefined;
  return result;
}

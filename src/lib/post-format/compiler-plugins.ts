/**
 * The gate inside the MDX compiler: a Sätteri mdast plugin (Astro's MDX integration runs it on the
 * very tree it is about to compile) that stops the build, and `astro dev`, on a post that breaks
 * the rules of ./body-rules.ts or names a picture ./picture-file.ts refuses. It throws before the
 * tree becomes JavaScript, so nothing a writer types is ever compiled, imported or run.
 *
 * Beside it, {@link postSanitizer} runs the posts' HTML through the sanitizer (./sanitize.ts).
 * Both apply to posts only (files under the posts folder): publications are written by the
 * editors and keep full MDX.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  HastPluginDefinition,
  HastPluginEntry,
  MdastNode,
  MdastPluginDefinition,
  MdastPluginEntry,
  PluginFactoryContext,
} from 'satteri';
import { formatProblem, type Problem } from '../content-check/problem';
import { checkPostBody, postLengthProblem } from './body-rules';
import { checkPictureFile } from './picture-file';
import { pictureAddressProblem } from './picture-name';
import { sanitizePostTree } from './sanitize';

export interface PostGateOptions {
  /** The content folder (`content/` or a fixture); posts are the files in its `posts/` folder. */
  contentDir: string;
  /** Paths in messages are relative to this (the repository). */
  displayRoot: string;
}

/** Raised by the gate: its message is the list of problems, one `file:line: field: …` line each. */
export class PostGateError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `${problems.map(formatProblem).join('\n')}\nThe post was not compiled. Fix each problem as its message says; "npm run check:content" lists them all.`,
    );
    this.name = 'PostGateError';
    // The lines above say everything; a stack trace into the compiler would only alarm a writer.
    this.stack = this.message;
  }
}

/** The picture addresses in a tree that the build would import: relative paths, in document order. */
function localPictures(tree: MdastNode): { url: string; line: number }[] {
  const definitions = new Map<string, string>();
  const found: { url: string; line: number; identifier?: string }[] = [];
  const stack: MdastNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const line = node.position?.start.line ?? 1;
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    else if (node.type === 'image') found.push({ url: node.url, line });
    else if (node.type === 'imageReference') found.push({ url: '', line, identifier: node.identifier });
    if ('children' in node && Array.isArray(node.children)) stack.push(...(node.children as MdastNode[]).toReversed());
  }
  return found
    .map(({ url, line, identifier }) => ({ url: identifier ? (definitions.get(identifier) ?? '') : url, line }))
    .filter(({ url }) => url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/'));
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Every problem the gate finds in one post's tree; `file` is how messages name the post. */
function gateProblems(tree: MdastNode, absolutePath: string, contentDir: string, file: string): Problem[] {
  const problems: Problem[] = checkPostBody(tree).map((problem) => ({ file, field: 'body', ...problem }));
  for (const { url, line } of localPictures(tree)) {
    const wrongAddress = pictureAddressProblem(url);
    if (wrongAddress) {
      problems.push({ file, line, field: 'body', ...wrongAddress });
      continue;
    }
    const target = resolve(dirname(absolutePath), safeDecode(url));
    const check = checkPictureFile(target, contentDir, url);
    if (check.status === 'refused')
      problems.push({ file, line, field: 'body', message: check.message, fix: check.fix });
    else if (check.status === 'missing')
      problems.push({
        file,
        line,
        field: 'body',
        message: `The image file "${url}" does not exist.`,
        fix: 'Add the file next to the post, or correct the name: it is case-sensitive and starts with ./ (for example ./meeting.jpg).',
      });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The post a compile is for, or `undefined` for any other file (publications, pages). */
function postOf(
  context: PluginFactoryContext,
  options: PostGateOptions,
): { absolutePath: string; file: string } | undefined {
  if (!context.fileURL) return undefined;
  // Astro may add a query to the module id (`x.mdx?astroContentCollectionEntry=true`).
  const absolutePath = fileURLToPath(context.fileURL).replace(/\?.*$/, '');
  const inside = relative(resolve(options.contentDir, 'posts'), absolutePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return { absolutePath, file: relative(options.displayRoot, absolutePath).split(sep).join('/') };
}

/**
 * The plugin entry for `satteri({ mdastPlugins: [...] })`: a factory that leaves every file outside
 * the posts folder alone and refuses a post that is too long before it is even parsed.
 */
function postGate(options: PostGateOptions): MdastPluginEntry {
  const contentDir = resolve(options.contentDir);
  return (context: PluginFactoryContext): MdastPluginDefinition | null => {
    const post = postOf(context, options);
    if (!post) return null;
    const tooLong = postLengthProblem(context.source);
    if (tooLong) throw new PostGateError([{ file: post.file, line: 1, field: 'file', ...tooLong }]);
    return {
      name: 'cpp:post-gate',
      options: { position: true },
      before(root) {
        const problems = gateProblems(root, post.absolutePath, contentDir, post.file);
        if (problems.length > 0) throw new PostGateError(problems);
      },
    };
  };
}

/** The plugin entry for `satteri({ hastPlugins: [...] })`: posts' HTML through ./sanitize.ts. */
function postSanitizer(options: PostGateOptions): HastPluginEntry {
  return (context: PluginFactoryContext): HastPluginDefinition | null =>
    postOf(context, options)
      ? {
          name: 'cpp:post-sanitizer',
          before(root, hast) {
            hast.replaceNode(root, sanitizePostTree(root));
          },
        }
      : null;
}

/** Both plugins, as `satteri({...})` takes them: astro.config.mjs and the tests build the same processor. */
export function postFormatPlugins(options: PostGateOptions): {
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
} {
  return { mdastPlugins: [postGate(options)], hastPlugins: [postSanitizer(options)] };
}

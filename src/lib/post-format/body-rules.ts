/**
 * The rules for the text of a post, read off the MDX syntax tree that Sätteri (the parser Astro
 * compiles MDX with) makes. The content check reports them, and the MDX compiler's gate
 * (./compiler-plugins.ts) refuses the same file with the same words before anything is compiled.
 *
 * A post is data: Markdown plus a few tags from ./allowlist.ts. MDX would turn `import`/`export`
 * lines, `{…}` expressions, components and `{…}` attribute values into code that runs at build
 * time and in readers' browsers, so each is refused, and only what the allowlist names gets through.
 */
import { tokenizer, tokTypes, type Comment } from 'acorn';
import type { MdastNode } from 'satteri';
import { ALLOWED_TAGS, ALLOWED_TAGS_TEXT, LINK_SCHEMES, MAX_NESTING_DEPTH, MAX_POST_CHARACTERS } from './allowlist';
import { TAG_REASONS } from './refusals';

/** One thing wrong with the text: the line, what is wrong, how to fix it. */
export interface BodyProblem {
  line: number;
  message: string;
  fix: string;
}

const EXPRESSION_MESSAGE = 'Curly braces hold code in MDX, which a post must not carry.';
const EXPRESSION_FIX = 'To show a brace as text, write \\{ and \\}. To leave a note for editors, write {/* note */}.';

type JsxElement = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const lineOf = (node: MdastNode) => node.position?.start.line ?? 1;

/**
 * Whether an expression is nothing but one or more block comments, `{/* note *\/}`, as JavaScript
 * itself reads it: acorn finds no token in it. Line comments are refused too: the compiler may
 * print them on one line with what follows.
 */
export function isCommentOnly(expression: string): boolean {
  const comments: Comment[] = [];
  try {
    const tokens = tokenizer(expression, { ecmaVersion: 'latest', sourceType: 'module', onComment: comments });
    if (tokens.getToken().type !== tokTypes.eof) return false;
  } catch {
    return false;
  }
  return comments.length > 0 && comments.every((comment) => comment.type === 'Block');
}

/**
 * The scheme of an address as a browser reads it (`JaVa\tScRiPt:` is `javascript`), or `undefined`
 * for an address on this site (`/blog/`, `./x.png`, `#notes`). Browsers drop control characters and
 * spaces before they read the scheme, so this does too.
 */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the characters browsers ignore inside a scheme
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([^:/?#]+):/.exec(squeezed);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** Whether a link may point at this address: this site, or a scheme from the allowlist. */
function isAllowedLinkAddress(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || LINK_SCHEMES.includes(scheme);
}

function checkTag(node: JsxElement): BodyProblem[] {
  const at = (message: string, fix: string): BodyProblem => ({ line: lineOf(node), message, fix });
  const problems: BodyProblem[] = [];
  const name = node.name ?? '';
  const allowedAttributes = Object.hasOwn(ALLOWED_TAGS, name) ? ALLOWED_TAGS[name] : undefined;
  if (name === '')
    problems.push(at('An empty tag <>…</> is code in MDX, which a post must not carry.', 'Remove <> and </>.'));
  else if (!allowedAttributes) {
    const reason = TAG_REASONS[name.toLowerCase()];
    if (reason) problems.push(at(`<${name}> is not allowed in a post: ${reason.why}.`, reason.fix));
    else if (/^[a-z][a-z0-9]*$/.test(name))
      problems.push(
        at(
          `<${name}> is not one of the tags a post may use (${ALLOWED_TAGS_TEXT}).`,
          'Remove the tag and write the text in Markdown (CONTRIBUTING.md, "What a post may contain").',
        ),
      );
    else
      problems.push(
        at(
          `<${name}> is a component, which is code: a post cannot use components.`,
          `Remove the tag. To show it as text, write \\<${name}>.`,
        ),
      );
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        at(`<${name}> has code in curly braces, which a post must not carry.`, 'Remove the part in curly braces.'),
      );
      continue;
    }
    const attributeName = attribute.name;
    if (/^on/i.test(attributeName))
      problems.push(
        at(
          `The ${attributeName} attribute on <${name}> would run code in readers' browsers.`,
          `Remove ${attributeName}="…".`,
        ),
      );
    else if (allowedAttributes && !allowedAttributes.includes(attributeName))
      problems.push(
        at(
          `The ${attributeName} attribute is not allowed on <${name}>${allowedAttributes.length ? `; it may only have ${allowedAttributes.join(', ')}` : ''}.`,
          `Remove ${attributeName}.`,
        ),
      );
    if (attribute.value !== null && typeof attribute.value === 'object')
      problems.push(
        at(
          `The ${attributeName} attribute on <${name}> holds code in curly braces.`,
          `Write the value in quotes: ${attributeName}="…".`,
        ),
      );
  }
  return problems;
}

/** How a heading breaks the page's outline, if it does: the title is the only `#` heading. */
function headingProblem(depth: number, previous: number, line: number): BodyProblem | undefined {
  if (depth === 1)
    return {
      line,
      message: 'A heading with a single # would be a second main heading: the title is already the main heading.',
      fix: 'Start the heading with ## (and a part of a section with ###).',
    };
  if (depth > previous + 1) {
    const expected = '#'.repeat(previous + 1);
    return {
      line,
      message: `This heading has ${'#'.repeat(depth)}, which skips a level: the heading before it ${previous === 1 ? 'is the title' : `has ${'#'.repeat(previous)}`}.`,
      fix: `Write it with ${expected}, so readers of screen readers can follow the outline.`,
    };
  }
  return undefined;
}

/** The longest-post rule, on the raw text, before anything parses it. */
export function postLengthProblem(text: string): { message: string; fix: string } | undefined {
  if (text.length <= MAX_POST_CHARACTERS) return undefined;
  return {
    message: `The post is ${text.length.toLocaleString('en-GB')} characters long; a post can be at most ${MAX_POST_CHARACTERS.toLocaleString('en-GB')}.`,
    fix: 'Split it into two posts, or shorten it.',
  };
}

/** Whether a node carries nothing a reader sees: the frontmatter, white space, an editors' note. */
function isInvisible(node: MdastNode): boolean {
  if (node.type === 'yaml' || node.type === 'toml' || node.type === 'mdxjsEsm') return true;
  if (node.type === 'mdxFlowExpression') return isCommentOnly(node.value);
  return false;
}

/**
 * Every problem in the text of a post, top to bottom. Walks without recursion and stops going
 * deeper at {@link MAX_NESTING_DEPTH}, so a hostile tree is refused, not followed.
 */
export function checkPostBody(tree: MdastNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const children = 'children' in tree && Array.isArray(tree.children) ? (tree.children as MdastNode[]) : [];
  if (children.every(isInvisible))
    problems.push({
      line: lineOf(tree),
      message: 'The post has no text below the frontmatter.',
      fix: 'Write the post below the second "---" line.',
    });

  let previousHeading = 1;
  let tooDeep = false;
  const stack: { node: MdastNode; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING_DEPTH) {
      if (!tooDeep)
        problems.push({
          line: lineOf(node),
          message: `The text nests more than ${MAX_NESTING_DEPTH} levels deep here (lists in lists, quotes in quotes or tags in tags).`,
          fix: 'Flatten it: use fewer levels of lists, quotes or tags.',
        });
      tooDeep = true;
      continue;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line: lineOf(node),
          message: `An "${/^\s*(\w+)/.exec(node.value)?.[1] ?? 'import'}" line is code, which a post must not carry.`,
          fix: 'Remove it: a post cannot import or export anything. To start a paragraph with the word "import" or "export", put another word before it.',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value))
          problems.push({ line: lineOf(node), message: EXPRESSION_MESSAGE, fix: EXPRESSION_FIX });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...checkTag(node));
        break;
      case 'link':
      case 'definition':
        if (!isAllowedLinkAddress(node.url))
          problems.push({
            line: lineOf(node),
            message: `The address "${node.url.slice(0, 40)}" would run code or load hidden content.`,
            fix: 'Use an ordinary web address (https://…).',
          });
        break;
      case 'heading': {
        const problem = headingProblem(node.depth, previousHeading, lineOf(node));
        if (problem) problems.push(problem);
        previousHeading = Math.max(node.depth, 2);
        break;
      }
    }
    if ('children' in node && Array.isArray(node.children)) {
      const nodes = node.children as MdastNode[];
      for (let index = nodes.length - 1; index >= 0; index--) stack.push({ node: nodes[index]!, depth: depth + 1 });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

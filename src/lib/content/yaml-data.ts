/**
 * Reads YAML a contributor wrote (frontmatter, people.yaml…) with the `yaml` package, safely: the
 * size and the nesting depth are bounded before the parser runs, anchors and aliases are refused
 * (an alias bomb ends at once with a plain message), and every value keeps its line, so a problem
 * can be named at `file:line`. Tags (`!!binary`, `!!set`, `!!js/function`, any `!custom`) are refused
 * too, found on the parser's own nodes: content is text, lists and fields, never a typed object.
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

/** A path into the data: `['sources', 1, 'url']`. */
export type FieldPath = readonly (string | number)[];

/** Limits that keep a hostile file from taking the check or the build down. */
export interface YamlLimits {
  /** The most bytes the YAML may have. */
  maxBytes: number;
  /** The deepest nesting of lists and fields. Real content nests four levels at most. */
  maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxBytes: 512 * 1024, maxDepth: 12 };

/** A problem while reading, on a line of the YAML itself (1-based). */
export interface YamlReadProblem {
  line: number;
  message: string;
  fix: string;
  /** The parser's own error code, when the parser found it: `DUPLICATE_KEY`, `BAD_INDENT`… */
  code?: string;
  /** The field the problem is in, when it is in one value (a tag): `['sources', 0, 'title']`. */
  path?: FieldPath;
}

export interface YamlData {
  /** The data, or `undefined` when the YAML could not be read (see `problem`). */
  data: unknown;
  problem: YamlReadProblem | undefined;
  /** The 1-based line of a field within the YAML, or of its deepest parent that exists. */
  lineOf(path: FieldPath): number | undefined;
}

/**
 * How deep the YAML nests, measured from its text without parsing it: indentation steps, list
 * markers and flow brackets. It may count a level too many (a bound, not an exact depth). With a
 * limit, it stops at the first line deeper than it.
 */
function nestingDepth(text: string, limit = Infinity): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const indents: number[] = [];
  const lines = text.split(/\r?\n/);
  // Brackets may open on one line and close on another, so their depth carries across lines.
  let flow = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = line.length - trimmed.length;
    while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
    indents.push(indent);
    const markers = /^(?:-\s+)*/.exec(trimmed)![0].replace(/\s/g, '').length;
    let widest = flow;
    let quote: string | undefined;
    for (const char of trimmed) {
      if (quote) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[' || char === '{') widest = Math.max(widest, ++flow);
      else if (char === ']' || char === '}') flow = Math.max(0, flow - 1);
      else if (char === '#') break;
    }
    const depth = indents.length + markers + widest;
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
    // Past the limit, the first line that went too deep is the one to fix.
    if (depth > limit) return deepest;
  }
  return deepest;
}

/** Plain words for the parser's errors writers meet most. */
const PARSER_ADVICE: Readonly<Record<string, { message: string; fix: string }>> = {
  DUPLICATE_KEY: { message: 'A field appears twice.', fix: 'Keep one of the two lines.' },
  TAB_AS_INDENT: { message: 'A tab is used to indent.', fix: 'Indent with spaces, two at each level.' },
};

/**
 * The frontmatter block at the top of an MDX or Markdown file: group 1 is its YAML. The one
 * pattern every reader of content files uses (the checks, the about pages, dev search).
 */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Reads YAML text into data, with line numbers for every field. Never throws. */
export function readYaml(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlData {
  const unread = (problem: YamlReadProblem): YamlData => ({ data: undefined, problem, lineOf: () => undefined });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes)
    return unread({
      line: 1,
      message: `The YAML is larger than the ${Math.floor(limits.maxBytes / 1024)} KB allowed.`,
      fix: 'Shorten it: content of this size belongs in separate files.',
    });
  const nesting = nestingDepth(text, limits.maxDepth);
  if (nesting.depth > limits.maxDepth)
    return unread({
      line: nesting.line,
      message: `The YAML nests ${nesting.depth} levels deep here; at most ${limits.maxDepth} are allowed.`,
      fix: 'Use fields and lists as the other entries do, without deeper indentation or brackets inside brackets.',
    });

  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const [error] = document.errors;
  if (error) {
    const advice = PARSER_ADVICE[error.code];
    return unread({
      line: lineAt(error.pos[0]),
      code: error.code,
      message: advice?.message ?? `It cannot be read (${error.message.split('\n')[0]!.replace(/\.$/, '')}).`,
      fix:
        advice?.fix ??
        'Check this line and the one above it: each field goes on its own line as "field: value", a value with a colon goes in quotes, and list items start with "- " at the same indentation.',
    });
  }
  let shared: number | undefined;
  visit(document, (_key, node) => {
    if (isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor)) {
      shared = lineAt(node.range?.[0] ?? 0);
      return visit.BREAK;
    }
    return undefined;
  });
  if (shared !== undefined)
    return unread({
      line: shared,
      message: 'Anchors (&name) and aliases (*name) are not allowed.',
      fix: 'Write each value out in full where it is used.',
    });

  const tagged = firstTagged(document.contents);
  if (tagged)
    return unread({
      // A tag comes before its value, and may sit on the line above a list or a group of fields.
      line: lineAt(Math.max(0, text.lastIndexOf('!', tagged.node.range?.[0] ?? 0))),
      path: tagged.path,
      message: `${shownTag(tagged.node.tag ?? '')} is a YAML tag, which turns text into another kind of value; the site reads only text, lists and fields.`,
      fix: `Remove "${shownTag(tagged.node.tag ?? '')}" and write the value as plain text (in quotes if it has a colon).`,
    });

  return {
    data: document.toJS({ maxAliasCount: 0 }),
    problem: undefined,
    lineOf: (path) => lineOfPath(document.contents, path, lineAt),
  };
}

/** `!!binary` for the standard `tag:yaml.org,2002:binary`; any other tag as the parser resolved it. */
function shownTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** The first node, in document order, that carries an explicit tag, with its path from the root. */
function firstTagged(root: unknown, path: FieldPath = []): { node: Node; path: FieldPath } | undefined {
  if (!isNode(root)) return undefined;
  if (root.tag) return { node: root, path };
  if (isMap(root))
    for (const pair of root.items) {
      if (!isPair(pair)) continue;
      const name = isScalar(pair.key) ? String(pair.key.value) : '?';
      const found = firstTagged(pair.key, path) ?? firstTagged(pair.value, [...path, name]);
      if (found) return found;
    }
  if (isSeq(root))
    for (const [index, item] of root.items.entries()) {
      const found = firstTagged(item, [...path, index]);
      if (found) return found;
    }
  return undefined;
}

/** The line of a path's deepest part that exists: a field's key, or a list item's first line. */
function lineOfPath(root: Node | null, path: FieldPath, lineAt: (offset: number) => number): number | undefined {
  let node: unknown = root;
  let found: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair || !isScalar(pair.key) || !pair.key.range) return found;
      found = lineAt(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (!item || !(isScalar(item) || isMap(item) || isSeq(item)) || !item.range) return found;
      found = lineAt(item.range[0]);
      node = item;
    } else return found;
  }
  return found;
}

/** `sources[1].url` from `['sources', 1, 'url']`: how a field is named in messages. */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
    '',
  );
}

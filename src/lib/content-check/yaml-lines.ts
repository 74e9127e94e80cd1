/**
 * Finds the line of a field in a block of YAML, so a problem can name it: `sources[1].url` is on
 * line 14. js-yaml gives values but not their places, and booting a full YAML AST for every post
 * would cost more than this walk over the lines (the checks must read 1,000 posts in well under 2 s).
 */

/** A path into the data: `['sources', 1, 'url']`. */
export type FieldPath = readonly (string | number)[];

interface Block {
  /** First and last line index (0-based, inclusive) of the block's content. */
  from: number;
  to: number;
  /** The column where the block's keys start. */
  column: number;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlank = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

/** The column where a line's key starts, looking past any `- ` list markers. */
function keyColumn(line: string): number {
  let column = indentOf(line);
  while (line[column] === '-' && (line[column + 1] === ' ' || line[column + 1] === undefined)) {
    column += 1;
    while (line[column] === ' ') column += 1;
  }
  return column;
}

/** The key a line holds at `column`, if any: `  title: x` holds `title` at column 2. */
function keyAt(line: string, column: number): string | undefined {
  if (keyColumn(line) !== column) return undefined;
  const match = /^(["']?)([^"':#][^:#]*?)\1\s*:(?:\s|$)/.exec(line.slice(column));
  return match?.[2];
}

/** The last line of a block that starts after `start` and holds what is deeper than `column`. */
function blockEnd(lines: readonly string[], start: number, column: number, limit: number): number {
  let end = start;
  for (let index = start + 1; index <= limit; index++) {
    const line = lines[index]!;
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    // A list may sit at the same indentation as its key (`sources:` then `- title:`).
    if (indent > column || (indent === column && line.trimStart().startsWith('-'))) end = index;
    else break;
  }
  return end;
}

/**
 * The 1-based line (within the YAML) of the deepest part of `path` that exists: the field itself,
 * or its parent when the field is missing, or `undefined` when even the first key is absent.
 *
 * @example yamlLineOf('title: x\nsources:\n  - url: y', ['sources', 0, 'url']) // 3
 */
export function yamlLineOf(yaml: string, path: FieldPath): number | undefined {
  const lines = yaml.split(/\r?\n/);
  let block: Block = { from: 0, to: lines.length - 1, column: 0 };
  let found: number | undefined;
  for (const segment of path) {
    if (typeof segment === 'string') {
      let keyLine: number | undefined;
      for (let index = block.from; index <= block.to; index++) {
        if (keyAt(lines[index]!, block.column) === segment) {
          keyLine = index;
          break;
        }
      }
      if (keyLine === undefined) return found;
      found = keyLine + 1;
      const rest = lines[keyLine]!.slice(block.column)
        .replace(/^[^:]*:/, '')
        .trim();
      // A value on the key's own line (`themes: [a, b]`) has nothing deeper to find.
      if (rest !== '' && !rest.startsWith('#') && !/^[|>]/.test(rest)) return found;
      const end = blockEnd(lines, keyLine, block.column, block.to);
      const next = lines.slice(keyLine + 1, end + 1).findIndex((line) => !isBlank(line));
      if (next === -1) return found;
      const firstChild = keyLine + 1 + next;
      block = { from: firstChild, to: end, column: indentOf(lines[firstChild]!) };
    } else {
      const items: number[] = [];
      for (let index = block.from; index <= block.to; index++) {
        const line = lines[index]!;
        if (indentOf(line) === block.column && /^-(\s|$)/.test(line.trimStart())) items.push(index);
      }
      const itemLine = items[segment];
      if (itemLine === undefined) return found;
      found = itemLine + 1;
      const nextItem = items[segment + 1];
      const to = nextItem === undefined ? block.to : nextItem - 1;
      block = { from: itemLine, to, column: keyColumn(lines[itemLine]!) };
    }
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

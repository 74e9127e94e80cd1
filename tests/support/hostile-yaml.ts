/** YAML that attacks its parser, shared by the checks' unit tests and their command-line test. */

/** A billion-laughs alias bomb under `key`: ten levels, each ten aliases of the one above. */
export function aliasBomb(key: string): string {
  const lines = [`${key}0: &a0 "lol"`];
  for (let level = 1; level <= 9; level++)
    lines.push(`${key}${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
  return lines.join('\n');
}

/**
 * The copied-text check of ../shared/tools/originality.mjs, run against fingerprints: each run of
 * ten words of a source document is kept only as a short SHA-256 digest, so the check runs where the
 * sources are not (GitHub Actions) without the repository holding their text. Hand-written because
 * the shared tool reads the sources themselves; this follows its rules exactly (same words, same
 * skipped title lines, same files).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** How many words in a row count as copied, as in the shared tool. */
export const RUN = 10;
const TEXT = new Set([
  '.md',
  '.mdx',
  '.astro',
  '.ts',
  '.tsx',
  '.js',
  '.mjs',
  '.json',
  '.yaml',
  '.yml',
  '.html',
  '.txt',
  '.csv',
]);
// Titles may quote a source exactly.
const SKIP_LINE = /^\s*(title|subtitle|name|fullTitle|originalTitle)\s*:/i;

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];
const digest = (words: readonly string[]) => createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);

/** The sorted, distinct digests of every run of RUN words in the given texts. */
export function fingerprints(texts: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    const words = wordsOf(text);
    for (let i = 0; i + RUN <= words.length; i++) grams.add(digest(words.slice(i, i + RUN)));
  }
  return [...grams].sort();
}

/** The digests of the shared source documents (every `.txt` in `sourcesDir`), one per line. */
export function sourceFingerprintFile(sourcesDir: string): string {
  const texts = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(sourcesDir, name), 'utf8'));
  return `${fingerprints(texts).join('\n')}\n`;
}

/** Every text file under `dir`, leaving out node_modules and hidden folders, as the shared tool does. */
export function textFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFilesUnder(path);
      return TEXT.has(extname(name)) ? [path] : [];
    });
}

/** `file:line` of the first word of each run of RUN words in `text` whose digest is in `known`. */
export function copiedRuns(file: string, text: string, known: ReadonlySet<string>): string[] {
  const words = text
    .split('\n')
    .flatMap((line, index) => (SKIP_LINE.test(line) ? [] : wordsOf(line).map((word) => ({ word, line: index + 1 }))));
  const found: string[] = [];
  for (let i = 0; i + RUN <= words.length; i++) {
    if (!known.has(digest(words.slice(i, i + RUN).map(({ word }) => word)))) continue;
    found.push(`${file}:${words[i]!.line}`);
    while (i + RUN < words.length && known.has(digest(words.slice(i + 1, i + 1 + RUN).map(({ word }) => word)))) i++;
    i += RUN - 1;
  }
  return found;
}

/** Words a reader gets through in a minute of careful reading of policy prose. */
const WORDS_PER_MINUTE = 200;

/** Counts the words of a text, ignoring Markdown and MDX punctuation. */
export function countWords(text: string): number {
  const plain = text
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\^[^\]]+\]:?/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`[\]|-]/g, ' ');
  return plain.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/**
 * Whole minutes to read a text, never less than one.
 * @example readingMinutes('word '.repeat(450)) // 3
 */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}

/** "4 minute read", for the page's meta line. */
export function readingTimeLabel(text: string): string {
  const minutes = readingMinutes(text);
  return `${minutes} minute${minutes === 1 ? '' : 's'} to read`;
}

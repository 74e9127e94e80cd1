/**
 * How the content schemas word their errors, so the build and `npm run check:content` say the same
 * thing. A schema message carries two sentences, what is wrong and how to fix it, joined by a line
 * break; the checker splits them into a problem's `message` and `fix`.
 */

/** The line break between what is wrong and how to fix it, inside one schema message. */
export const FIX_SEPARATOR = '\n';

/** One schema message: `said('The post has no title.', 'Add a line such as: title: …')`. */
export function said(message: string, fix: string): string {
  return `${message}${FIX_SEPARATOR}${fix}`;
}

/** The two halves of a schema message; a message written without a fix gets a general one. */
export function splitSaid(text: string): { message: string; fix: string } {
  const at = text.indexOf(FIX_SEPARATOR);
  if (at === -1) return { message: text, fix: 'CONTRIBUTING.md shows what this field may hold.' };
  return { message: text.slice(0, at), fix: text.slice(at + FIX_SEPARATOR.length) };
}

/** A short, quoted echo of what the writer typed, for messages. */
export function shown(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value));
  const quoted = typeof value === 'string' ? `"${value}"` : text;
  return quoted.length > 60 ? `${quoted.slice(0, 57)}…` : quoted;
}

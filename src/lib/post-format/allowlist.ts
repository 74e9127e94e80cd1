/**
 * What a post may contain beyond plain Markdown, as one table that the content check, the MDX
 * compiler's gate and the sanitizer all read: the check and the gate refuse what is not here, and
 * the sanitizer removes it if anything ever got past them.
 */

/**
 * HTML tags a post may write, for what Markdown cannot say, each with the attributes it may carry.
 * No components: a post is text, so nothing a writer types can name code.
 */
export const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
};

/** The allowed tags as a rapporteur reads them in a message: `<abbr>, <sub>, <sup> and <br>`. */
export const ALLOWED_TAGS_TEXT = (() => {
  const tags = Object.keys(ALLOWED_TAGS).map((tag) => `<${tag}>`);
  return `${tags.slice(0, -1).join(', ')} and ${tags.at(-1)}`;
})();

/** Link address schemes a post may use; an address without a scheme (`/blog/`, `#notes`) is a page of this site. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** Picture formats a post may use, by file extension; each is checked by its bytes as well. */
export const PICTURE_EXTENSIONS: readonly string[] = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'];

/** The largest picture file, in bytes: a photograph from a phone fits; the site resizes it. */
export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;

/**
 * How deep the text may nest (a list in a list in a quote…). Real posts stay under 12; very deep
 * nesting crashes the compiler and the page renderer, so it is refused long before that.
 */
export const MAX_NESTING_DEPTH = 32;

/** The longest post file, in characters (about 9,000 words), so a hostile file cannot stall the parser. */
export const MAX_POST_CHARACTERS = 60_000;

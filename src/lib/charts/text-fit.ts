/**
 * Text in server-drawn SVG cannot be measured (there is no browser at build time), so labels are
 * fitted with a deliberately generous estimate of character width. Overestimating costs a few
 * characters; underestimating makes labels overlap.
 */

/**
 * Every chart is drawn in a 320-unit-wide viewBox with 16-unit text: in the 288 px column of a
 * 320 px phone the text is 14.4 px; at the chart's widest (28 rem, 448 px) it is 22 px.
 */
export const CHART_WIDTH = 320;
/** The font size of chart text, in viewBox units (ChartSvg.astro sets the same value in CSS). */
export const FONT_SIZE = 16;
/** Baseline-to-baseline distance of chart text. */
export const LINE_HEIGHT = 20;
/** Average advance of a character of system-ui text, in ems, rounded up. */
const CHARACTER_EM = 0.56;

/** Estimated width of `text` at `fontSize`. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return [...text].length * fontSize * CHARACTER_EM;
}

/**
 * `text` if it fits in `maxWidth`, else as many whole characters as fit, then "…".
 *
 * @example fitText('Whole person vs silos', 100) // 'Whole perso…'
 */
export function fitText(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const characters = [...text];
  const room = Math.max(0, Math.floor(maxWidth / (fontSize * CHARACTER_EM)) - 1);
  return `${characters.slice(0, room).join('').trimEnd()}…`;
}

/**
 * Breaks `text` at spaces into lines that fit `maxWidth`; words longer than a line, and anything
 * past `maxLines`, are cut with "…".
 *
 * @example wrapText('Prevention versus crisis', 100) // ['Prevention', 'versus crisis']
 */
export function wrapText(text: string, maxWidth: number, maxLines = 3, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines).map((line) => fitText(line, maxWidth, fontSize));
  const last = kept.at(-1);
  if (lines.length > maxLines && last !== undefined && !last.endsWith('…')) {
    // Drop whole words rather than cut one, so the reader never sees a word's stump.
    let shortened = last;
    while (textWidth(`${shortened}…`, fontSize) > maxWidth && shortened.includes(' ')) {
      shortened = shortened.slice(0, shortened.lastIndexOf(' '));
    }
    kept[kept.length - 1] = fitText(`${shortened}…`, maxWidth, fontSize);
  }
  return kept;
}

/**
 * Moves positions (sorted ascending) down just enough that neighbours are at least `gap` apart,
 * keeping their order: labels beside a time axis never overlap, and each stays as near its mark
 * as the ones above it allow.
 *
 * @example dodge([10, 12, 50], 19) // [10, 29, 50]
 */
export function dodge(positions: readonly number[], gap: number): number[] {
  const placed: number[] = [];
  for (const position of positions) {
    const previous = placed.at(-1);
    placed.push(previous === undefined ? position : Math.max(position, previous + gap));
  }
  return placed;
}

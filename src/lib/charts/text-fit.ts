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
 * Where each line of a broken label sits: the first on `firstBaseline`, the rest a line height
 * apart. The chart marks draw every multi-line label from this, so their spacing is set here.
 *
 * @example lineBaselines(['Users as', 'problems'], 40) // [{ text: 'Users as', y: 40 }, { text: 'problems', y: 60 }]
 */
export function lineBaselines(lines: readonly string[], firstBaseline: number): { text: string; y: number }[] {
  return lines.map((text, index) => ({ text, y: firstBaseline + index * LINE_HEIGHT }));
}

/**
 * Breaks `text` into lines that fit `maxWidth`, never cutting anything: a reader sees the whole
 * label. A word longer than a line breaks after a hyphen if it has one, else between letters.
 *
 * @example breakLines('Users as problems, not assets', 120) // ['Users as', 'problems, not', 'assets']
 */
export function breakLines(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * CHARACTER_EM)));
  const pieces = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      if ([...word].length <= perLine) return [word];
      const parts = word.split(/(?<=-)/);
      return parts.flatMap((part) => {
        const characters = [...part];
        const chunks: string[] = [];
        for (let start = 0; start < characters.length; start += perLine) {
          chunks.push(characters.slice(start, start + perLine).join(''));
        }
        return chunks;
      });
    });
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joiner = current === '' || current.endsWith('-') ? '' : ' ';
    const candidate = `${current}${joiner}${piece}`;
    if (current === '' || textWidth(candidate, fontSize) <= maxWidth) current = candidate;
    else {
      lines.push(current);
      current = piece;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Moves positions (sorted ascending) down just enough that neighbours are at least `gap` apart,
 * keeping their order: labels beside a time axis never overlap, and each stays as near its mark
 * as the ones above it allow.
 *
 * @example dodge([10, 12, 50], 19) // [10, 29, 50]
 */
export function dodge(positions: readonly number[], gap: number | readonly number[]): number[] {
  const placed: number[] = [];
  positions.forEach((position, index) => {
    const previous = placed.at(-1);
    // With a list, gap[i] is the room item i needs below it (its lines of label).
    const room = typeof gap === 'number' ? gap : (gap[index - 1] ?? 0);
    placed.push(previous === undefined ? position : Math.max(position, previous + room));
  });
  return placed;
}

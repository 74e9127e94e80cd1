/**
 * The numbers of a metric-matched fallback face: a local font (Arial, or its metric twins Liberation
 * Sans and Arimo) resized and given the web font's ascent and descent, so text set in the fallback
 * takes the same room as the web font and nothing moves when the web font arrives (CLS 0). The
 * method is the one Next.js and fontaine use: scale by the ratio of average character widths, then
 * express the web font's vertical metrics in the scaled fallback's em.
 */

/** The font metrics the calculation needs, as `@capsizecss/metrics` gives them (font units). */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Negative below the baseline, as in the font's hhea table. */
  descent: number;
  lineGap: number;
  /** Average advance width of the font's latin characters, weighted by English letter frequency. */
  xWidthAvg: number;
}

/** The `@font-face` descriptors of the fallback face, as CSS percentages. */
export interface FallbackOverrides {
  sizeAdjust: string;
  ascentOverride: string;
  descentOverride: string;
  lineGapOverride: string;
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;

/**
 * The descriptors that make `fallback` take the room of `font`.
 *
 * @example fallbackOverrides(notoSans, arial).sizeAdjust // '106.33%'
 */
export function fallbackOverrides(font: FontMetrics, fallback: FontMetrics): FallbackOverrides {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    sizeAdjust: percent(sizeAdjust),
    ascentOverride: percent(font.ascent / em),
    descentOverride: percent(Math.abs(font.descent) / em),
    lineGapOverride: percent(font.lineGap / em),
  };
}

/**
 * Every chart is laid out twice, for a narrow and a wide container, and the page shows the one
 * that fits (a container query in ChartFigure.astro): a server-drawn SVG cannot re-lay itself out,
 * but two layouts keep its text between about 14 and 18 px from a 320 px phone to a 1920 px screen.
 */
import type { Hotspot } from './hotspot';

/** The viewBox widths of the two layouts; text is always 16 viewBox units (FONT_SIZE). */
export const VIEW_WIDTHS = { compact: 320, wide: 720 } as const;
export type ViewName = keyof typeof VIEW_WIDTHS;

/** The largest a view is drawn, per viewBox unit: 16-unit text becomes 18 px at most (22 px compact). */
const MAX_SCALE: Record<ViewName, number> = { compact: 1.4, wide: 1.125 };

/** The widest, in CSS pixels, that a view of `width` units is drawn (it shrinks to fit its column). */
export function displayWidth(view: ViewName, width: number): number {
  return Math.round(width * MAX_SCALE[view]);
}

/** One layout of a chart: its viewBox size and its reachable marks. */
export interface ChartView {
  width: number;
  height: number;
  hotspots: readonly Hotspot[];
}

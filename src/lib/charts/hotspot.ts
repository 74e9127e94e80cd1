/**
 * A region of a chart a reader can reach with the keyboard or the pointer. Hotspots are drawn in a
 * transparent SVG laid over the picture, because the picture itself is `role="img"`, whose content
 * assistive technology treats as presentational: links inside it would be unreachable for some.
 */
export interface Hotspot {
  key: string;
  /** The page the mark stands for; without one the mark is focusable once the island runs. */
  href: string | undefined;
  /** The accessible name: what the mark is, with its numbers. */
  label: string;
  /** The tooltip's text (may repeat the label with more detail). */
  tip: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

import arial from '@capsizecss/metrics/arial';
import notoSans from '@capsizecss/metrics/notoSans';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fallbackOverrides } from '../../src/lib/fonts/fallback-metrics';

const fontsCss = readFileSync('src/styles/fonts.css', 'utf8');
/** A descriptor's percentage as a number (Prettier writes 0.00% as 0%). */
const descriptor = (name: string) =>
  Number.parseFloat(new RegExp(`${name}:\\s*([\\d.]+)%`).exec(fontsCss)?.[1] ?? 'NaN');

describe('the metric-matched fallback of Noto Sans', () => {
  const expected = fallbackOverrides(notoSans, arial);

  test('fonts.css states the overrides computed from the two fonts’ metrics', () => {
    expect({
      sizeAdjust: descriptor('size-adjust'),
      ascentOverride: descriptor('ascent-override'),
      descentOverride: descriptor('descent-override'),
      lineGapOverride: descriptor('line-gap-override'),
    }).toEqual(
      Object.fromEntries(
        Object.entries(expected).map(([key, value]: [string, string]) => [key, Number.parseFloat(value)]),
      ),
    );
  });

  test('Arial is scaled up to Noto Sans’s wider letters, with Noto Sans’s taller ascent', () => {
    expect(expected).toMatchInlineSnapshot(`
      {
        "ascentOverride": "100.54%",
        "descentOverride": "27.56%",
        "lineGapOverride": "0.00%",
        "sizeAdjust": "106.33%",
      }
    `);
  });
});

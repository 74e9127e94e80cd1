import { describe, expect, test } from 'vitest';
import { WRANGLER_ENV, wranglerArgs, wranglerWarnings } from '../../scripts/lib/wrangler';

/** What `wrangler pages dev dist` 4.164 printed for the site's old 2,427-character policy line. */
const DROPPED_POLICY = [
  'No Functions. Shimming...',
  '✨ Parsed 1 valid header rule.',
  '\u001b[33m▲ \u001b[43;33m[\u001b[43;30mWARNING\u001b[43;33m]\u001b[0m \u001b[1mFound 1 invalid header rule:\u001b[0m',
  '',
  '  ▶︎ Ignoring line 2 as it exceeds the maximum allowed length of 2000.',
  '',
  '[wrangler:info] Ready on http://127.0.0.1:4503',
].join('\n');

describe('wranglerWarnings', () => {
  test('finds the warning that a _headers line was ignored, with its reason', () => {
    expect(wranglerWarnings(DROPPED_POLICY)).toEqual([
      '▲ [WARNING] Found 1 invalid header rule: ▶︎ Ignoring line 2 as it exceeds the maximum allowed length of 2000.',
    ]);
  });

  test('finds a runtime warning line', () => {
    expect(wranglerWarnings('[wrangler:warn] Unable to fetch the `Request.cf` object!\n')).toHaveLength(1);
  });

  test('finds nothing in a clean start', () => {
    expect(
      wranglerWarnings(
        'No Functions. Shimming...\n✨ Parsed 2 valid header rules.\n[wrangler:info] Ready on http://127.0.0.1:4329\n',
      ),
    ).toEqual([]);
  });
});

describe('wranglerArgs and WRANGLER_ENV', () => {
  test('serve on loopback, on the given ports, with a fixed runtime date', () => {
    const args = wranglerArgs({ dir: 'dist', port: 4329, inspectorPort: 4429 }).join(' ');
    expect(args).toMatch(
      /^pages dev dist --ip 127\.0\.0\.1 --port 4329 --inspector-port 4429 --compatibility-date \d{4}-\d{2}-\d{2}/,
    );
  });

  test('keep wrangler off the network: no metrics, no update check, no Request.cf download', () => {
    expect(WRANGLER_ENV).toMatchObject({
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_HIDE_BANNER: 'true',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    });
  });
});

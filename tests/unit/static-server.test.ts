import { describe, expect, it } from 'vitest';
import { parseHeadersFile, patternMatches, shouldGzip } from '../../scripts/lib/static-server';

describe('the static server used by npm start and the tests', () => {
  it.each([
    ['text/html; charset=utf-8', 'gzip, deflate, br', true],
    ['text/javascript; charset=utf-8', 'gzip', true],
    ['application/wasm', 'gzip', true],
    ['image/svg+xml', 'gzip', true],
    ['image/png', 'gzip', false],
    ['application/octet-stream', 'gzip', false],
    ['text/html; charset=utf-8', 'identity', false],
    ['text/html; charset=utf-8', undefined, false],
  ])('gzips %s for Accept-Encoding %s: %s', (type, accept, expected) => {
    expect(shouldGzip(type, accept)).toBe(expected);
  });

  it('reads a _headers file into path rules with their headers', () => {
    const rules = parseHeadersFile(
      '# comment\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: a: b\n/blog/*\n  ! X-Frame-Options\n  X-Test: 1\n',
    );
    expect(rules).toEqual([
      {
        pattern: '/*',
        detach: [],
        headers: [
          ['X-Frame-Options', 'DENY'],
          ['Content-Security-Policy', 'a: b'],
        ],
      },
      { pattern: '/blog/*', detach: ['X-Frame-Options'], headers: [['X-Test', '1']] },
    ]);
  });

  it.each([
    ['/*', '/anything/at/all/', true],
    ['/blog/*', '/blog/x/', true],
    ['/blog/*', '/themes/x/', false],
    ['/about/', '/about/', true],
    ['/about/', '/about/x/', false],
  ])('pattern %s matches %s: %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, patternMatches, shouldGzip, startStaticServer } from '../../scripts/lib/static-server';

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

  it('answers a request for a file the browser holds with 304 and no body, and a changed file in full', async () => {
    const site = mkdtempSync(join(tmpdir(), 'cpp-static-'));
    writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(site, '404.html'), 'Not here');
    const server = await startStaticServer(site, 0);
    try {
      const address = server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const first = await fetch(`${base}/favicon.svg`);
      const etag = first.headers.get('etag');
      expect(await first.text()).toContain('<svg');
      expect(etag).toMatch(/^W\/"/);
      const again = await fetch(`${base}/favicon.svg`, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="16"/>');
      const changed = await fetch(`${base}/favicon.svg`, { headers: { 'If-None-Match': etag! } });
      expect(changed.status).toBe(200);
      expect(await changed.text()).toContain('width="16"');
      const missing = await fetch(`${base}/nowhere/`, { headers: { 'If-None-Match': etag! } });
      expect(missing.status).toBe(404);
    } finally {
      server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

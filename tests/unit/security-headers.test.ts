import { describe, expect, test } from 'vitest';
import {
  astroCspConfig,
  cspHash,
  cspProblems,
  headerCsp,
  headersFile,
  MAX_HEADERS_LINE_LENGTH,
  mergeCsp,
  metaCspOf,
  overlongHeaderLines,
  pagePathOf,
  parseCsp,
  serializeCsp,
  siteHeaderBlocks,
  withCspMetaFirst,
} from '../../src/lib/hosting/security-headers';

describe('cspHash', () => {
  test('is the base64 SHA-256 a browser computes for an inline style or script', () => {
    // The hash Chrome named when the CSP blocked `<script>console.log(1)</script>` on a built page.
    expect(cspHash('console.log(1)')).toBe('sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=');
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('astroCspConfig', () => {
  test('allows our own scripts (but not WebAssembly: only the search page adds that), and each inline style by its hash', () => {
    const config = astroCspConfig(['@layer a;']);
    expect(config.scriptDirective?.resources).toEqual(["'self'", "'report-sample'"]);
    expect(config.styleDirective?.hashes).toEqual([cspHash('@layer a;')]);
    expect(config.directives).toContain("default-src 'self'");
    expect(config.directives?.some((directive) => directive.startsWith('frame-ancestors'))).toBe(false);
  });
});

describe('parseCsp and serializeCsp', () => {
  test.each([
    ["default-src 'self'; img-src 'self' data:", "default-src 'self'; img-src 'self' data:"],
    ["  Default-Src  'self' ;; script-src 'self'  ", "default-src 'self'; script-src 'self'"],
    // A repeated directive is ignored by browsers, so it is dropped.
    ["script-src 'self'; script-src *", "script-src 'self'"],
    ['', ''],
  ])('%j reads back as %j', (text, expected) => {
    expect(serializeCsp(parseCsp(text))).toBe(expected);
  });
});

describe('mergeCsp and headerCsp', () => {
  test("allow every page's hashes once, in first-seen order", () => {
    const home = parseCsp("default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'");
    const post = parseCsp("default-src 'self'; style-src 'self' 'sha256-b' 'sha256-c'");
    expect(serializeCsp(mergeCsp([home, post]))).toBe(
      "default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b' 'sha256-c'",
    );
  });

  test('adds the directives a <meta> cannot carry', () => {
    expect(serializeCsp(headerCsp([parseCsp("default-src 'self'")]))).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
  });
});

describe('metaCspOf', () => {
  test.each([
    ['<meta http-equiv="content-security-policy" content="default-src \'self\'">', "default-src 'self'"],
    ['<META content="script-src &#39;self&#39;" HTTP-EQUIV="Content-Security-Policy">', "script-src 'self'"],
    ['<meta name="referrer" content="no-referrer"><meta charset="utf-8">', undefined],
  ])('%s → %j', (html, expected) => {
    expect(metaCspOf(html)).toBe(expected);
  });
});

describe('headersFile', () => {
  test('writes each pattern with its headers indented beneath it', () => {
    expect(
      headersFile([
        { pattern: '/*', headers: { 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' } },
        { pattern: '/_astro/*', headers: { 'Cache-Control': 'max-age=31536000' } },
      ]),
    ).toMatchInlineSnapshot(`
      "/*
        X-Frame-Options: DENY
        Referrer-Policy: no-referrer

      /_astro/*
        Cache-Control: max-age=31536000
      "
    `);
  });

  test("the site's rules send a policy that stops framing, and every security header", () => {
    const policy = parseCsp("default-src 'self'; object-src 'none'; base-uri 'self'");
    const [rule] = siteHeaderBlocks([{ path: '/', policy }]);
    expect(rule?.pattern).toBe('/*');
    expect(Object.keys(rule?.headers ?? {})).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'Permissions-Policy',
      'X-Frame-Options',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
      'Strict-Transport-Security',
    ]);
    expect(cspProblems(parseCsp(rule?.headers['Content-Security-Policy'] ?? ''), 'header')).toEqual([]);
  });

  test('a page with a policy of its own gets its own rule, which detaches the shared policy', () => {
    const common = parseCsp("default-src 'self'; script-src 'self'");
    const search = parseCsp("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    const text = headersFile(
      siteHeaderBlocks([
        { path: '/', policy: common },
        { path: '/search/', policy: search },
        { path: '/blog/', policy: common },
      ]),
    );
    expect(text).toContain(
      "/search/\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'\n",
    );
    // Pagefind's worker obeys the policy sent with its own script: the search policy.
    expect(text).toMatch(
      /\/pagefind\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: [^\n]*'wasm-unsafe-eval'/,
    );
    expect(text.split('\n/search/')[0]).toContain(
      "Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'\n",
    );
  });

  test('stays short however many pages there are, because pages are not merged into one policy', () => {
    const pages = Array.from({ length: 500 }, (_, index) => ({
      path: `/blog/${index}/`,
      policy: parseCsp("default-src 'self'; style-src 'self' 'sha256-layers'"),
    }));
    expect(overlongHeaderLines(headersFile(siteHeaderBlocks(pages)))).toEqual([]);
  });
});

describe('overlongHeaderLines', () => {
  test('names each line Cloudflare Pages would ignore, and only those', () => {
    const long = `  Content-Security-Policy: ${"'sha256-x' ".repeat(200)}`;
    const exact = `  X-Test: ${'a'.repeat(MAX_HEADERS_LINE_LENGTH - 'X-Test: '.length)}`;
    const problems = overlongHeaderLines(['/*', exact, long].join('\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 3: 2\d{3} characters \(the limit is 2000\): Content-Security-Policy/);
  });
});

describe('pagePathOf', () => {
  test.each([
    ['index.html', '/'],
    ['search/index.html', '/search/'],
    ['blog/a-title-with-a-colon/index.html', '/blog/a-title-with-a-colon/'],
    ['404.html', '/404'],
  ])('%s is served at %s', (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});

describe('withCspMetaFirst', () => {
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;
  test('moves the policy before everything else in the head, structured data included', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script type="application/ld+json">{"name":"</script><script>alert(1)</script>"}</script>${meta}<title>T</title></head><body></body></html>`;
    const moved = withCspMetaFirst(page);
    expect(moved.startsWith(`<!DOCTYPE html><html><head>${meta}<meta charset="utf-8">`)).toBe(true);
    expect(moved.match(/content-security-policy/g)).toHaveLength(1);
    expect(moved.length).toBe(page.length);
  });

  test('leaves a page with no policy, or with the policy already first, as it is', () => {
    expect(withCspMetaFirst('<html><head><title>T</title></head></html>')).toBe(
      '<html><head><title>T</title></head></html>',
    );
    const first = `<html><head>${meta}<title>T</title></head></html>`;
    expect(withCspMetaFirst(first)).toBe(first);
  });
});

describe('cspProblems', () => {
  const sound = "default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'self' 'sha256-x'";
  test.each([
    [sound, 'meta', []],
    [`${sound}; frame-ancestors 'none'`, 'header', []],
    [sound, 'header', ["it has no frame-ancestors 'none': other sites could frame the pages"]],
    [`${sound}; frame-ancestors 'none'`, 'meta', ['frame-ancestors is ignored in a <meta>: send it in _headers only']],
    [
      "default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'self' 'unsafe-inline'",
      'meta',
      ["script-src allows 'unsafe-inline': allow inline scripts by hash instead"],
    ],
    [
      "default-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'self'",
      'meta',
      ["script-src allows 'unsafe-eval': allow inline scripts by hash instead"],
    ],
    [
      `${sound}; font-src https://fonts.gstatic.com`,
      'meta',
      ['font-src allows other origins (https://fonts.gstatic.com): serve it from the site'],
    ],
    [
      "script-src 'self'",
      'meta',
      ['it has no default-src: add "default-src \'self\'"', "object-src is not 'none'", 'it has no base-uri'],
    ],
  ] as const)('%s (%s) → %j', (policy, delivery, expected) => {
    expect(cspProblems(parseCsp(policy), delivery)).toEqual(expected);
  });
});

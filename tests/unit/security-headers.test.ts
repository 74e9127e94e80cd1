import { describe, expect, test } from 'vitest';
import {
  astroCspConfig,
  cspHash,
  cspProblems,
  headerCsp,
  headersFile,
  mergeCsp,
  metaCspOf,
  parseCsp,
  serializeCsp,
  siteHeaderBlocks,
} from '../../src/lib/security-headers';

describe('cspHash', () => {
  test('is the base64 SHA-256 a browser computes for an inline style or script', () => {
    // The hash Chrome named when the CSP blocked `<script>console.log(1)</script>` on a built page.
    expect(cspHash('console.log(1)')).toBe('sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=');
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('astroCspConfig', () => {
  test('allows our own scripts and Pagefind WebAssembly, and each inline style by its hash', () => {
    const config = astroCspConfig(['@layer a;']);
    expect(config.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'", "'report-sample'"]);
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
    const [rule] = siteHeaderBlocks([parseCsp("default-src 'self'; object-src 'none'; base-uri 'self'")]);
    expect(rule?.pattern).toBe('/*');
    expect(Object.keys(rule?.headers ?? {})).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'Permissions-Policy',
      'X-Frame-Options',
      'Cross-Origin-Opener-Policy',
    ]);
    expect(cspProblems(parseCsp(rule?.headers['Content-Security-Policy'] ?? ''), 'header')).toEqual([]);
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

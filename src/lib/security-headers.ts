/**
 * The site's security policy, in one place: the Content-Security-Policy that Astro writes into each
 * page's `<meta>`, and the response headers written to `dist/_headers` for static hosts that read
 * one (Netlify, Cloudflare Pages, and our own `scripts/lib/static-server.ts`).
 *
 * The policy lets a page load only what the site itself serves: no CDN, font service or analytics.
 * Scripts and styles Astro inlines are allowed by their hashes, never by `'unsafe-inline'`.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

/** A parsed policy: each directive name with its sources, in the order they were written. */
export type CspPolicy = Map<string, string[]>;

/** What `security.csp` in astro.config.mjs accepts. */
type AstroCspConfig = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/**
 * Directives every page carries, in its `<meta>` and in `_headers`. Astro adds `script-src` and
 * `style-src` itself, with the hashes of what it inlines.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Plugins (<object>, <embed>) are never used; nothing may plant one.
  "object-src 'none'",
  // A planted <base> could point every relative link and script elsewhere.
  "base-uri 'self'",
  // The only form is the search box, which submits to our own /search/ page.
  "form-action 'self'",
] as const;

/**
 * Sources allowed for scripts besides Astro's hashes: our own files, and compiling Pagefind's
 * WebAssembly. `'report-sample'` only makes a violation report quote the start of the blocked code.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'", "'report-sample'"] as const;

/** Sources allowed for styles besides Astro's hashes: our own stylesheets. */
export const STYLE_SOURCES = ["'self'", "'report-sample'"] as const;

/**
 * Directives a `<meta>` cannot deliver (browsers ignore `frame-ancestors` there and warn), so they
 * live in `_headers` only. On a host that ignores `_headers`, `X-Frame-Options` cannot be sent
 * either: such a host needs its own header configuration to stop the site being framed.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The referrer policy, sent as a header and repeated in each page's `<meta name="referrer">`. */
export const REFERRER_POLICY = 'no-referrer';

/** Headers sent with every response besides the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Readers' paths are theirs: other sites are not told which page a reader came from.
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The site needs none of these powers. (`interest-cohort` is left out: Chrome withdrew FLoC and
  // now logs an error for the unknown feature name on every page.)
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
    'magnetometer=(), microphone=(), payment=(), usb=()',
  // For browsers older than CSP `frame-ancestors`.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The CSP hash source of a text, as Astro's `security.csp` options take it.
 * @example cspHash('@layer reset;') // 'sha256-…='
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The `security.csp` setting for astro.config.mjs.
 * @param inlineStyles the exact text of each `<style is:inline>` the layouts render: Astro hashes the
 *   styles it bundles, but not inline ones, so they are allowed by the hash of their text.
 */
export function astroCspConfig(inlineStyles: readonly string[]): AstroCspConfig {
  return {
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES], hashes: inlineStyles.map(cspHash) },
  };
}

/** Parses a policy; directive names are lower-cased, a repeated directive is ignored as browsers do. */
export function parseCsp(text: string): CspPolicy {
  const policy: CspPolicy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializeCsp(policy: CspPolicy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows everything each of the given policies allows: the union of the sources of
 * each directive. Used to turn every page's `<meta>` policy (which differ only in their hashes) into
 * the single policy `_headers` sends for `/*`.
 */
export function mergeCsp(policies: readonly CspPolicy[]): CspPolicy {
  const merged: CspPolicy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return merged;
}

/** The policy for `_headers`: the union of the pages' policies plus the header-only directives. */
export function headerCsp(pagePolicies: readonly CspPolicy[]): CspPolicy {
  return mergeCsp([...pagePolicies, parseCsp(HEADER_ONLY_DIRECTIVES.join('; '))]);
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&amp;': '&' };

/** The value of a page's `<meta http-equiv="content-security-policy">`, or undefined if it has none. */
export function metaCspOf(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bhttp-equiv\s*=\s*["']?content-security-policy\b/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = content?.[1] ?? content?.[2];
    return value?.replace(/&(?:quot|#39|#x27|amp);/g, (entity) => ENTITIES[entity] ?? entity);
  }
  return undefined;
}

/** One block of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderBlock {
  pattern: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * The text of a `_headers` file (Netlify and Cloudflare Pages format).
 * @example headersFile([{ pattern: '/*', headers: { 'X-Frame-Options': 'DENY' } }]) // "/*\n  X-Frame-Options: DENY\n"
 */
export function headersFile(blocks: readonly HeaderBlock[]): string {
  return blocks
    .map(({ pattern, headers }) =>
      [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/** The `_headers` rules for the whole site, given the policy of each built page. */
export function siteHeaderBlocks(pagePolicies: readonly CspPolicy[]): HeaderBlock[] {
  return [
    {
      pattern: '/*',
      headers: { 'Content-Security-Policy': serializeCsp(headerCsp(pagePolicies)), ...SECURITY_HEADERS },
    },
  ];
}

/** Where a policy is delivered: `header` policies must also stop framing. */
export type CspDelivery = 'meta' | 'header';

/**
 * What is wrong with a policy, in words a reviewer can act on; empty when it is sound. Checks that
 * scripts cannot run from inline code, `eval` or other origins, and that nothing loads from elsewhere.
 */
export function cspProblems(policy: CspPolicy, delivery: CspDelivery): string[] {
  const problems: string[] = [];
  const defaultSources = policy.get('default-src');
  if (!defaultSources) problems.push('it has no default-src: add "default-src \'self\'"');
  for (const name of ['script-src', 'script-src-elem']) {
    const sources = policy.get(name) ?? (name === 'script-src' ? defaultSources : undefined);
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:']) {
      if (sources?.includes(unsafe)) problems.push(`${name} allows ${unsafe}: allow inline scripts by hash instead`);
    }
  }
  for (const [name, sources] of policy) {
    const elsewhere = sources.filter((source) => /^(?:\*|https?:|wss?:|\*\.|[a-z0-9-]+\.[a-z])/i.test(source));
    if (elsewhere.length > 0)
      problems.push(`${name} allows other origins (${elsewhere.join(' ')}): serve it from the site`);
  }
  if (!policy.get('object-src')?.includes("'none'")) problems.push("object-src is not 'none'");
  if (!policy.has('base-uri')) problems.push('it has no base-uri');
  const framing = policy.get('frame-ancestors');
  if (delivery === 'header' && !(framing?.includes("'none'") || framing?.includes("'self'"))) {
    problems.push("it has no frame-ancestors 'none': other sites could frame the pages");
  }
  if (delivery === 'meta' && framing) problems.push('frame-ancestors is ignored in a <meta>: send it in _headers only');
  return problems;
}

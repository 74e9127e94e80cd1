/**
 * The site's security policy, in one place: the Content-Security-Policy that Astro writes into each
 * page's `<meta>`, and the response headers written to `dist/_headers` for static hosts that read
 * one (Netlify, Cloudflare Pages, and our own `scripts/lib/static-server.ts`).
 *
 * The policy lets a page load only what the site itself serves: no CDN, font service or analytics.
 * Scripts and styles are files served from `'self'` (astro.config.mjs keeps Astro from inlining
 * them), so the policy stays short; the one inline style left is allowed by its hash, never by
 * `'unsafe-inline'`.
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
const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Plugins (<object>, <embed>) are never used; nothing may plant one.
  "object-src 'none'",
  // A planted <base> could point every relative link and script elsewhere.
  "base-uri 'self'",
  // The only form is the search box, which submits to our own /search/ page.
  "form-action 'self'",
] as const;

/**
 * Sources allowed for scripts on every page: our own files. `'report-sample'` only makes a
 * violation report quote the start of the blocked code.
 */
const SCRIPT_SOURCES = ["'self'", "'report-sample'"] as const;

/**
 * Added to `script-src` only on pages where search runs (the search island inserts it with
 * `Astro.csp`): Pagefind compiles its WebAssembly, which a policy must allow. No other page may.
 */
export const SEARCH_SCRIPT_SOURCE = "'wasm-unsafe-eval'";

/**
 * Pagefind's files are sent the search page's policy. The search island runs Pagefind in the page
 * (`noWorker`), but Pagefind's bundle also holds a Web Worker that would compile the WebAssembly
 * under the policy of its own script, not the page's: with this rule, search still works if the
 * worker is ever used.
 */
const SEARCH_WORKER_PATTERN = '/pagefind/*';

/** Sources allowed for styles besides Astro's hashes: our own stylesheets. */
const STYLE_SOURCES = ["'self'", "'report-sample'"] as const;

/**
 * Directives a `<meta>` cannot deliver (browsers ignore `frame-ancestors` there and warn), so they
 * live in `_headers` only. On a host that ignores `_headers`, `X-Frame-Options` cannot be sent
 * either: such a host needs its own header configuration to stop the site being framed.
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

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
  // Other sites' pages may not embed our files (scripts, images, the search index) in theirs.
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Browsers use HTTPS for the site for a year after a visit, even if a link says http://.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/**
 * Cloudflare Pages ignores any `_headers` line longer than this (and warns only in `wrangler pages
 * dev`), so an over-long Content-Security-Policy line would silently go unsent.
 */
export const MAX_HEADERS_LINE_LENGTH = 2000;

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

/** One block of a `_headers` file: a path pattern, headers it detaches (`! Name`), and headers it sends. */
export interface HeaderBlock {
  pattern: string;
  /** Headers an earlier, wider rule attached that this path must not send (Cloudflare Pages `!` syntax). */
  detach?: readonly string[];
  headers: Readonly<Record<string, string>>;
}

/**
 * The text of a `_headers` file (Cloudflare Pages format).
 * @example headersFile([{ pattern: '/*', headers: { 'X-Frame-Options': 'DENY' } }]) // "/*\n  X-Frame-Options: DENY\n"
 */
export function headersFile(blocks: readonly HeaderBlock[]): string {
  return blocks
    .map(({ pattern, detach = [], headers }) =>
      [
        pattern,
        ...detach.map((name) => `  ! ${name}`),
        ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/** Each line of a `_headers` file that Cloudflare Pages would ignore for its length, as `line N: …`. */
export function overlongHeaderLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line, index) =>
      line.trim().length > MAX_HEADERS_LINE_LENGTH
        ? [
            `line ${index + 1}: ${line.trim().length} characters (the limit is ${MAX_HEADERS_LINE_LENGTH}): ${line.trim().slice(0, 60)}…`,
          ]
        : [],
    );
}

/**
 * The address a built HTML file is served at, which is what `_headers` patterns match.
 * @example pagePathOf('search/index.html') // '/search/'
 * @example pagePathOf('404.html') // '/404' (Cloudflare Pages drops `.html`)
 */
export function pagePathOf(file: string): string {
  const path = file.split(/[\\/]/).join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path.replace(/\.html$/, '')}`;
}

/** A built page's address and its own `<meta>` policy. */
export interface PagePolicy {
  path: string;
  policy: CspPolicy;
}

/**
 * The `_headers` rules for the whole site, given each built page's policy. The policy most pages
 * share (without search's `'wasm-unsafe-eval'`) is sent for `/*`, so it also covers files and
 * missing pages; a page with a policy of its own (the search page) gets an exact rule that
 * detaches the shared policy and sends its own, and Pagefind's files get the search page's policy
 * for the worker they start. Each line stays one page's policy long, never a union of every
 * page's hashes.
 */
export function siteHeaderBlocks(pages: readonly PagePolicy[]): HeaderBlock[] {
  const groups = new Map<string, string[]>();
  for (const { path, policy } of pages) {
    const text = serializeCsp(headerCsp([policy]));
    groups.set(text, [...(groups.get(text) ?? []), path]);
  }
  const [common = serializeCsp(headerCsp([])), ...others] = [...groups]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([text]) => text);
  const ownRule = (pattern: string, text: string): HeaderBlock => ({
    pattern,
    detach: ['Content-Security-Policy'],
    headers: { 'Content-Security-Policy': text },
  });
  const ownRules = others.flatMap((text) => (groups.get(text) ?? []).map((path) => ownRule(path, text)));
  const search = [common, ...others].find((text) => parseCsp(text).get('script-src')?.includes(SEARCH_SCRIPT_SOURCE));
  const workerRules = search && search !== common ? [ownRule(SEARCH_WORKER_PATTERN, search)] : [];
  return [
    { pattern: '/*', headers: { 'Content-Security-Policy': common, ...SECURITY_HEADERS } },
    ...ownRules,
    ...workerRules,
  ];
}

/**
 * The page with its CSP `<meta>` moved to be the first element of `<head>`: a policy applies only
 * to what comes after it, so nothing (structured data, a style) may come before it. Astro writes
 * the `<meta>` where it renders the head's other tags, after the layout's own; no Astro option
 * places it, so the built page is rewritten. Returns the page unchanged if it has no such `<meta>`.
 */
export function withCspMetaFirst(html: string): string {
  const meta = /<meta\s+http-equiv=(["']?)content-security-policy\1[^>]*>/i.exec(html);
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!meta || !head || meta.index < head.index) return html;
  const withoutMeta = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const afterHead = head.index + head[0].length;
  return withoutMeta.slice(0, afterHead) + meta[0] + withoutMeta.slice(afterHead);
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

/**
 * The CMS at `/admin/`: Decap CMS's config.yml (the post form, generated from the post schema), the
 * admin page that loads it, and that page's own Content-Security-Policy. Readers' pages never load
 * any of it; scripts/build-cms.ts writes these files into the built site.
 */
import { stringify } from 'yaml';
import { decapFields, type ChoicesByCollection } from './decap-fields';
import type { FieldShape } from './schema-shape';

/** Where the CMS reads and saves posts. */
export type CmsBackend =
  /** The site's repository on GitHub; `authUrl` is the OAuth proxy's address (README: "Sign-in"). */
  | { name: 'github'; repo: string; branch: string; authUrl?: string }
  /** Decap's local proxy (`decap-server`), for tests and for trying the CMS on one's own machine. */
  | { name: 'proxy'; proxyUrl: string; branch: string };

export interface CmsConfigOptions {
  /** The post schema's fields (schema-shape.ts `fieldShapes`). */
  postFields: readonly FieldShape[];
  /** Ids for pickers of references: `{ themes, people }`. */
  choices: ChoicesByCollection;
  backend: CmsBackend;
  /** The public address of the site, for the CMS's "view live" links. */
  siteUrl: string;
  /** The content folder, relative to the repository's top: `content`. */
  contentFolder?: string;
}

/** The folder the CMS serves from, and the files it needs there. */
export const ADMIN_PATH = '/admin/';
export const DECAP_SCRIPT = 'decap-cms.js';
export const WIDGETS_SCRIPT = 'counted-text.js';

function backendSettings(backend: CmsBackend): Record<string, unknown> {
  if (backend.name === 'proxy') return { name: 'proxy', proxy_url: backend.proxyUrl, branch: backend.branch };
  const auth = backend.authUrl ? new URL(backend.authUrl) : undefined;
  return {
    name: 'github',
    repo: backend.repo,
    branch: backend.branch,
    // One commit per post when the pull request is merged from the CMS.
    squash_merges: true,
    ...(auth ? { base_url: auth.origin, auth_endpoint: auth.pathname.replace(/^\/+/, '') || 'auth' } : {}),
  };
}

/** The whole config, as an object. */
export function decapConfig(options: CmsConfigOptions): Record<string, unknown> {
  const folder = `${options.contentFolder ?? 'content'}/posts`;
  return {
    backend: backendSettings(options.backend),
    // Saving makes a branch and a pull request; publishing merges it (https://decapcms.org/docs/editorial-workflows/).
    publish_mode: 'editorial_workflow',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    // Pictures sit next to the post that shows them (the collection overrides this folder).
    media_folder: folder,
    public_folder: '.',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'posts',
        label: 'Posts',
        label_singular: 'Post',
        description: 'Blog posts. Saving a post opens a pull request; the checks and a preview follow on it.',
        folder,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        summary: '{{title}}',
        media_folder: '',
        public_folder: '.',
        // Decap's preview is not the site's; the pull request's preview address is.
        editor: { preview: false },
        fields: [
          ...decapFields(options.postFields, options.choices),
          {
            name: 'body',
            label: 'Text',
            widget: 'markdown',
            // Plain Markdown only: no HTML, no components. Headings start at level 2 (the title is the page's h1).
            buttons: [
              'bold',
              'italic',
              'link',
              'heading-two',
              'heading-three',
              'quote',
              'bulleted-list',
              'numbered-list',
            ],
            editor_components: [],
            hint: 'Start headings at level 2. Plain text and links; the checks on the pull request explain anything else.',
          },
        ],
      },
    ],
  };
}

/** config.yml's text. */
export function decapConfigYaml(options: CmsConfigOptions): string {
  return `# Written by scripts/build-cms.ts from the post schema in src/content.config.ts. Do not edit.\n${stringify(decapConfig(options), { lineWidth: 0 })}`;
}

/**
 * The admin page's policy: as tight as Decap CMS allows (measured in tests/e2e/cms.spec.ts).
 * - `'unsafe-eval'`: Decap validates its config with Ajv, which compiles each schema with `new Function`.
 * - style `'unsafe-inline'`: Decap's React components are styled by Emotion, which writes `<style>` elements.
 * - `data:` and `blob:` images: the picture a writer has just chosen, before it is saved.
 * - `blob:` connections: Decap reads that chosen picture back with `fetch()` to upload it.
 * - api.github.com: where the CMS reads and writes the repository (only when the backend is GitHub).
 */
function adminCspDirectives(backend: CmsBackend): string[] {
  const store = backend.name === 'github' ? 'https://api.github.com' : new URL(backend.proxyUrl).origin;
  const connect = ["'self'", 'blob:', store];
  const images =
    backend.name === 'github'
      ? ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com']
      : ["'self'", 'data:', 'blob:'];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
}

/** The policy in the page's `<meta>` (no `frame-ancestors`, which a `<meta>` cannot carry). */
export function adminMetaCsp(backend: CmsBackend): string {
  return adminCspDirectives(backend).join('; ');
}

/** The policy `_headers` sends for `/admin/*`. */
function adminHeaderCsp(backend: CmsBackend): string {
  return [...adminCspDirectives(backend), "frame-ancestors 'none'"].join('; ');
}

/**
 * The `_headers` rule for the admin folder. `! Content-Security-Policy` removes the site-wide policy
 * that the `/*` rule attaches (Cloudflare Pages' syntax), so only this page's own policy applies.
 */
export function adminHeadersRule(backend: CmsBackend): string {
  return [
    `${ADMIN_PATH}*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminHeaderCsp(backend)}`,
    '  X-Robots-Tag: noindex, nofollow',
    '  Cache-Control: no-cache',
  ].join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function attribute(text: string): string {
  return text.replace(/[&"<>]/g, (character) => ESCAPES[character]!);
}

/** The admin page: the policy first in `<head>`, then Decap CMS and the live-count widget. */
export function adminPageHtml(backend: CmsBackend): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${attribute(adminMetaCsp(backend))}" />
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="no-referrer" />
    <link href="config.yml" type="text/yaml" rel="cms-config-url" />
    <title>Write a post · Connecting Policy with Practice</title>
  </head>
  <body>
    <noscript>The writing tool needs JavaScript. CONTRIBUTING.md explains how to write a post without it.</noscript>
    <script src="${DECAP_SCRIPT}"></script>
    <script src="${WIDGETS_SCRIPT}"></script>
  </body>
</html>
`;
}

/**
 * A small static file server for the built site, used by `npm run serve`, the PDF printer, the
 * benchmark and the browser tests' no-headers pass. It serves `dist/` the way a static host does:
 * `/x/` → `/x/index.html`, the site's `404.html` for anything missing, and the response headers
 * listed in `dist/_headers` (the Cloudflare Pages format, `! Name` detach lines included), or
 * none at all with `{ headers: false }`, as a host that ignores `_headers` would. The browser
 * tests otherwise run on Cloudflare's own runtime (scripts/lib/wrangler.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

/** Types worth compressing, as every static host does; images and Pagefind's `.pf_*` files already are. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm|x-bibtex|x-research-info-systems)|image\/svg)/;

/** A weak entity tag from a file's size and modification time, as static hosts make them. */
function entityTag(stats: { size: number; mtimeMs: number }): string {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

/** Whether to gzip a response of this type for a request that says it accepts gzip. */
export function shouldGzip(contentType: string, acceptEncoding: string | undefined): boolean {
  return COMPRESSIBLE.test(contentType) && /\bgzip\b/.test(acceptEncoding ?? '');
}

export interface HeaderRule {
  pattern: string;
  /** Headers a wider rule attached that this rule removes (`! Name`). */
  detach: string[];
  headers: [string, string][];
}

/** Parses a `_headers` file: a path pattern line, then indented `Name: value` or `! Name` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^!\s*(\S+)$/.exec(line.trim())?.[1];
    const colon = line.indexOf(':');
    if (rule && detached) rule.detach.push(detached);
    else if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` pattern (`/*`, `/blog/*`, `/exact/`) matches a request path. */
export function patternMatches(pattern: string, path: string): boolean {
  const expression = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return expression.test(path);
}

export interface StaticServerOptions {
  host?: string;
  /** Send the headers in `_headers` (the default), or none, like a host that ignores the file. */
  headers?: boolean;
}

export function startStaticServer(
  root: string,
  port: number,
  { host = '127.0.0.1', headers = true }: StaticServerOptions = {},
): Promise<Server> {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
    }
    for (const rule of rules.filter(({ pattern }) => patternMatches(pattern, path))) {
      for (const name of rule.detach) response.removeHeader(name);
      for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.setHeader('Content-Type', type);
    if (!existsSync(file)) {
      response.writeHead(404).end('Not found');
      return;
    }
    const gzip = shouldGzip(type, request.headers['accept-encoding']);
    response.setHeader('Vary', 'Accept-Encoding');
    if (status === 200) {
      // A validator, as every static host sends: a browser asking again for a file it holds (the
      // favicon, after each change of address) gets 304 and no body.
      const etag = entityTag(statSync(file));
      response.setHeader('ETag', etag);
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304).end();
        return;
      }
    }
    if (gzip) response.setHeader('Content-Encoding', 'gzip');
    response.writeHead(status);
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}

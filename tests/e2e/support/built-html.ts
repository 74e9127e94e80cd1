/**
 * The built pages as parsed documents, for the checks that read dist/ without a browser (links,
 * validity, security). Parsed with html-validate's own parser, so every element knows its line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement, type Location } from 'html-validate';
import { builtPages, DIST } from '../../../scripts/lib/built-site';

export interface BuiltDocument {
  /** The site path, as a reader types it: `/blog/x/`, `/404.html`. */
  path: string;
  /** The file inside dist/: `blog/x/index.html`. */
  file: string;
  html: string;
  root: HtmlElement;
}

/** The dist/ file a site path is served from: `/x/` → `x/index.html`, `/a.xml` → `a.xml`. */
export function fileForPath(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return file.replace(/^\//, '');
}

let parser: Parser | undefined;
async function htmlParser(): Promise<Parser> {
  parser ??= new Parser(await new StaticConfigLoader({ elements: ['html5'] }).getConfigFor('page.html'));
  return parser;
}

const cache = new Map<string, BuiltDocument>();

/** One built page, parsed. */
export async function builtDocument(path: string, root = DIST): Promise<BuiltDocument> {
  const known = cache.get(path);
  if (known) return known;
  const file = fileForPath(path);
  const html = readFileSync(join(root, file), 'utf8');
  const tree = (await htmlParser()).parseHtml({ data: html, filename: file, line: 1, column: 1, offset: 0 });
  const document = { path, file, html, root: tree };
  cache.set(path, document);
  return document;
}

/** Every built page, parsed. */
export async function builtDocuments(root = DIST): Promise<BuiltDocument[]> {
  return Promise.all(builtPages(root).map((path) => builtDocument(path, root)));
}

/** `dist/blog/x/index.html:12:40`: where to look, for failure messages. */
export function at(document: BuiltDocument, location: Location | null | undefined): string {
  return location ? `dist/${document.file}:${location.line}:${location.column}` : `dist/${document.file}`;
}

/** The static value of an attribute, or undefined when it is absent. */
export function attributeOf(element: HtmlElement, name: string): string | undefined {
  const value = element.getAttribute(name)?.value;
  return typeof value === 'string' ? value : value === null ? '' : undefined;
}

/** Where an attribute of an element is written, for failure messages: `dist/x/index.html:3:120`. */
export function attributeAt(document: BuiltDocument, element: HtmlElement, name: string): string {
  return at(document, element.getAttribute(name)?.keyLocation ?? element.location);
}

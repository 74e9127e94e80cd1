/**
 * Links, read from dist/ without a browser: every `href`, `src`, `srcset` and form `action` on every
 * built page reaches a built file, every `#fragment` an element on its page, and every CSS `url()`
 * a built file. Links elsewhere are left to their owners, but may not open a tab that can reach back.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { expect, test } from '@playwright/test';
import type { HtmlElement } from 'html-validate';
import {
  attributeAt,
  attributeOf,
  builtDocument,
  builtDocuments,
  type BuiltDocument,
  fileForPath,
} from '../support/built-html';
import { DIST } from '../../../scripts/lib/built-site';

/** Attributes that hold one URL, and the elements that carry them. */
const URL_ATTRIBUTES = '[href], [src], [action], [poster], object[data]';
const ANY_ORIGIN = 'http://site.invalid';

/** Everywhere a reference can point on a page: `#x` or `#top` (HTML scrolls to the top for both) need nothing. */
function fragmentTargets(document: BuiltDocument): Set<string> {
  const ids = document.root.querySelectorAll('[id]').map((element) => attributeOf(element, 'id') ?? '');
  const names = document.root.querySelectorAll('a[name]').map((element) => attributeOf(element, 'name') ?? '');
  return new Set([...ids, ...names, '', 'top']);
}

/** The site's own origin, as its canonical links spell it, so absolute links to itself are checked too. */
function siteOrigin(document: BuiltDocument): string {
  const canonical = document.root.querySelector('link[rel="canonical"]');
  const href = canonical ? attributeOf(canonical, 'href') : undefined;
  return href ? new URL(href).origin : ANY_ORIGIN;
}

/** What is wrong with one reference from a page, or undefined if it resolves. */
async function brokenReason(document: BuiltDocument, reference: string, origin: string): Promise<string | undefined> {
  if (/^\s*javascript:/i.test(reference)) return 'javascript: URLs do not work without JavaScript or under the CSP';
  const url = new URL(reference, new URL(document.path, origin));
  if (url.origin !== origin) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return `the path ${url.pathname} is not valid percent-encoding`;
  }
  const file = join(DIST, fileForPath(path));
  if (!existsSync(file)) {
    if (existsSync(join(DIST, path, 'index.html'))) return `${path} lacks its trailing slash: link to ${path}/`;
    return `nothing is built at ${path} (no dist/${fileForPath(path)})`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment || !file.endsWith('.html')) return undefined;
  const target = path === document.path ? document : await builtDocument(path);
  if (!fragmentTargets(target).has(fragment)) return `${path} has no element with id="${fragment}"`;
  return undefined;
}

/** Every URL an element refers to: its URL attributes, and each candidate of a `srcset`. */
function referencesOf(element: HtmlElement): [attribute: string, url: string][] {
  const references: [string, string][] = [];
  for (const name of ['href', 'src', 'action', 'poster', 'data']) {
    const value = attributeOf(element, name);
    if (value !== undefined && !(name === 'data' && element.tagName !== 'object')) references.push([name, value]);
  }
  const srcset = attributeOf(element, 'srcset');
  for (const candidate of srcset?.split(',') ?? []) {
    const url = candidate.trim().split(/\s+/)[0];
    if (url) references.push(['srcset', url]);
  }
  return references;
}

test('every link, image, script and stylesheet on every page reaches a built file and fragment', async () => {
  const problems: string[] = [];
  const origin = siteOrigin(await builtDocument('/'));
  for (const document of await builtDocuments()) {
    for (const element of document.root.querySelectorAll(`${URL_ATTRIBUTES}, [srcset]`)) {
      for (const [attribute, reference] of referencesOf(element)) {
        const reason = await brokenReason(document, reference, origin);
        if (reason)
          problems.push(`${attributeAt(document, element, attribute)} ${attribute}="${reference}": ${reason}`);
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('no link opens a new tab that could reach back into the site', async () => {
  const problems: string[] = [];
  for (const document of await builtDocuments()) {
    for (const element of document.root.querySelectorAll('[target]')) {
      const target = attributeOf(element, 'target');
      const rel = (attributeOf(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (target !== '_self' && !rel.includes('noopener') && !rel.includes('noreferrer')) {
        problems.push(
          `${attributeAt(document, element, 'target')} <${element.tagName} target="${target}">: add rel="noopener", ` +
            'or better, let the reader choose where the link opens',
        );
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/** Every stylesheet file in dist/, as a path inside it. */
function stylesheets(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.css') && statSync(join(dir, file)).isFile(),
  );
}

test('every url() and @import in the built CSS reaches a built file', async () => {
  const problems: string[] = [];
  const sheets: { where: string; base: string; css: string }[] = stylesheets().map((file) => ({
    where: `dist/${file}`,
    base: `/${posix.join(dirname(file), '/')}`,
    css: readFileSync(join(DIST, file), 'utf8'),
  }));
  for (const document of await builtDocuments()) {
    for (const style of document.root.querySelectorAll('style')) {
      sheets.push({ where: `dist/${document.file} <style>`, base: document.path, css: style.textContent });
    }
  }
  for (const sheet of sheets) {
    const references = sheet.css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g);
    for (const match of references) {
      const reference = (match[2] ?? match[4] ?? '').trim();
      if (/^(?:data:|#)/.test(reference)) continue;
      const url = new URL(reference, new URL(sheet.base, ANY_ORIGIN));
      if (url.origin !== ANY_ORIGIN) continue; // another origin: no-external-requests.spec.ts says no
      if (!existsSync(join(DIST, decodeURIComponent(url.pathname)))) {
        problems.push(`${sheet.where}: url(${reference}) reaches nothing built at ${url.pathname}`);
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/**
 * Writes the CMS into a built site: `<out>/admin/` with Decap CMS (copied from its npm package),
 * the live-count widget, the admin page and config.yml generated from the post schema and the ids
 * in themes.yaml and people.yaml, then adds the admin folder's own rule to `<out>/_headers`.
 * Run by the build (src/integrations/cms.ts) after every other step, so no reader page or the
 * site-wide policy ever includes it.
 *
 * Usage: tsx scripts/build-cms.ts [--proxy-url <url>] [out-dir]   (default dist)
 * `--proxy-url http://127.0.0.1:4505/api/v1` saves through Decap's local proxy (`decap-server`)
 * instead of GitHub: for the browser test and for trying the CMS on one's own machine.
 * Settings (README, "Write in the browser"): CMS_GITHUB_REPO (else GITHUB_REPOSITORY, else the
 * `origin` remote), CMS_BRANCH (default main), CMS_AUTH_URL, SITE_URL, CPP_CONTENT_DIR.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { adminConfigOptions, githubBackend } from './lib/cms/admin-options';
import {
  ADMIN_PATH,
  DECAP_SCRIPT,
  WIDGETS_SCRIPT,
  adminHeadersRule,
  adminPageHtml,
  decapConfigYaml,
  type CmsBackend,
} from '../src/lib/cms/decap-config';

const DECAP_DIST = join('node_modules', 'decap-cms', 'dist');

/** Decap's bundle, the chunks it loads on demand, and their licence notice; no source maps. */
function isDecapFile(name: string): boolean {
  return (
    name === DECAP_SCRIPT ||
    name.endsWith(`.${DECAP_SCRIPT}`) ||
    name.endsWith('.wasm') ||
    name === `${DECAP_SCRIPT}.LICENSE.txt`
  );
}

export async function buildCms(outDir: string, backend: CmsBackend): Promise<string> {
  const adminDir = join(outDir, ADMIN_PATH);
  mkdirSync(adminDir, { recursive: true });
  for (const name of readdirSync(DECAP_DIST).filter(isDecapFile)) {
    copyFileSync(join(DECAP_DIST, name), join(adminDir, name));
  }
  copyFileSync(join('src', 'admin', WIDGETS_SCRIPT), join(adminDir, WIDGETS_SCRIPT));
  writeFileSync(join(adminDir, 'config.yml'), decapConfigYaml(await adminConfigOptions(backend)));
  writeFileSync(join(adminDir, 'index.html'), adminPageHtml(backend));
  const headers = join(outDir, '_headers');
  const before = existsSync(headers) ? readFileSync(headers, 'utf8').trimEnd() : '';
  if (!before.includes(`\n${ADMIN_PATH}*\n`))
    appendFileSync(headers, `${before ? '\n\n' : ''}${adminHeadersRule(backend)}\n`);
  return adminDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ options: { 'proxy-url': { type: 'string' } }, allowPositionals: true });
  const outDir = positionals[0] ?? 'dist';
  const proxyUrl = values['proxy-url'];
  const backend: CmsBackend = proxyUrl
    ? { name: 'proxy', proxyUrl, branch: process.env['CMS_BRANCH'] || 'main' }
    : githubBackend();
  const adminDir = await buildCms(outDir, backend);
  const where =
    backend.name === 'proxy'
      ? `saving through ${backend.proxyUrl}`
      : backend.repo
        ? `for ${backend.repo}`
        : 'with no repository set (set CMS_GITHUB_REPO)';
  console.log(`CMS written to ${adminDir} ${where}.`);
}

/**
 * What the CMS config is built from: the post schema's fields, the ids a writer may pick (from the
 * content folder's themes.yaml and people.yaml), the site's address and the repository to save to.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CmsBackend, CmsConfigOptions } from '../../../src/lib/cms/decap-config';
import type { Choice } from '../../../src/lib/cms/decap-fields';
import { fieldShapes } from '../../../src/lib/cms/schema-shape';
import { loadPostSchema } from './load-post-schema';
import { contentFolder, siteOrigin } from '../../../src/lib/settings';

/** The collections whose ids the post form offers, with the field that names each entry. */
const PICKER_SOURCES = {
  themes: { file: 'themes.yaml', label: 'label' },
  people: { file: 'people.yaml', label: 'name' },
};

/** The entries of a YAML list file as choices: "Lucy de Groot" shown, `lucy-de-groot` written. */
function choicesIn(path: string, labelField: string): Choice[] {
  const list: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${path} is not a list of entries.`);
  return list.flatMap((entry: Record<string, unknown>) => {
    if (typeof entry?.['id'] !== 'string') return [];
    const label = typeof entry[labelField] === 'string' ? entry[labelField] : entry['id'];
    return [{ label: `${label} (${entry['id']})`, value: entry['id'] }];
  });
}

/** The GitHub repository as "owner/name", from the settings or the `origin` remote; empty if unknown. */
function repository(): string {
  const set = process.env['CMS_GITHUB_REPO'] || process.env['GITHUB_REPOSITORY'];
  if (set) return set;
  try {
    const remote = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: 'pipe' }).trim();
    return /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(remote)?.[1] ?? '';
  } catch {
    return '';
  }
}

/** The GitHub backend the deployed CMS saves to. */
export function githubBackend(): Extract<CmsBackend, { name: 'github' }> {
  const authUrl = process.env['CMS_AUTH_URL'];
  return {
    name: 'github',
    repo: repository(),
    branch: process.env['CMS_BRANCH'] || 'main',
    ...(authUrl ? { authUrl } : {}),
  };
}

export async function adminConfigOptions(backend: CmsBackend, contentDir = contentFolder()): Promise<CmsConfigOptions> {
  const choices = Object.fromEntries(
    Object.entries(PICKER_SOURCES).map(([collection, { file, label }]) => [
      collection,
      choicesIn(join(contentDir, file), label),
    ]),
  );
  return {
    postFields: fieldShapes(await loadPostSchema()),
    choices,
    backend,
    siteUrl: siteOrigin(),
  };
}

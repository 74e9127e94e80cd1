/**
 * The site's settings, each read from the environment in this one place. Tests and the benchmark
 * point CPP_CONTENT_DIR at a fixture or a generated corpus; a deployment elsewhere sets SITE_URL.
 */

/** The public address the site is built for, when SITE_URL does not name another. */
export const DEFAULT_ORIGIN = 'https://connecting-policy-with-practice.github.io';

/** The content folder everyone but tests and the benchmark uses. */
const DEFAULT_CONTENT_DIR = 'content';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The site's public origin (no trailing slash), for absolute links in feeds, cards and the CMS.
 * @example siteOrigin({ SITE_URL: 'https://example.org' }) // "https://example.org"
 */
export function siteOrigin(env: Environment = process.env): string {
  return env['SITE_URL'] ?? DEFAULT_ORIGIN;
}

/** Whether CPP_CONTENT_DIR names another content folder than `content/`. */
export function contentDirOverride(env: Environment = process.env): string | undefined {
  return env['CPP_CONTENT_DIR'];
}

/**
 * The folder the words are read from, as given (relative to the project unless absolute).
 * @example contentFolder({}) // "content"
 */
export function contentFolder(env: Environment = process.env): string {
  return contentDirOverride(env) ?? DEFAULT_CONTENT_DIR;
}

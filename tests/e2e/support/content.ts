/**
 * Reads the content files the built site was made from, so tests can compare what pages show with
 * counts made independently of the site's own code.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as load } from 'yaml';
import { DIST } from '../../../scripts/lib/built-site';

type Frontmatter = Record<string, unknown>;

function mdxFrontmatter(dir: string): Frontmatter[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx') && !path.split('/').at(-1)!.startsWith('_'))
    .map((path) => {
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, path), 'utf8'));
      return (match ? load(match[1]!) : {}) as Frontmatter;
    });
}

function themeIdsBuilt(): string[] {
  return readdirSync(join(DIST, 'themes'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** CPP_CONTENT_DIR when set, else whichever of content/ and the fixture site has the built themes. */
export function builtContentDir(): string {
  const fromEnv = process.env['CPP_CONTENT_DIR'];
  if (fromEnv) return fromEnv;
  const built = themeIdsBuilt().join(',');
  const match = ['content', 'tests/fixtures/site'].find(
    (dir) =>
      existsSync(join(dir, 'themes.yaml')) &&
      themes(dir)
        .map((theme) => theme.id)
        .sort()
        .join(',') === built,
  );
  if (!match) throw new Error('Cannot tell which content dist/ was built from: set CPP_CONTENT_DIR.');
  return match;
}

export interface ThemeFile {
  id: string;
  label: string;
}

export function themes(dir = builtContentDir()): ThemeFile[] {
  return load(readFileSync(join(dir, 'themes.yaml'), 'utf8')) as ThemeFile[];
}

const themeList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** For each theme id: the publication sections listing it and the published posts tagged with it. */
export function coverageFromFiles(dir = builtContentDir()): Map<string, { sections: number; posts: number }> {
  const sections = mdxFrontmatter(join(dir, 'publications')).flatMap((data) =>
    Array.isArray(data['sections']) ? (data['sections'] as { themes?: unknown }[]) : [],
  );
  const posts = mdxFrontmatter(join(dir, 'posts')).filter((data) => data['draft'] !== true);
  return new Map(
    themes(dir).map((theme) => [
      theme.id,
      {
        sections: sections.filter((section) => themeList(section.themes).includes(theme.id)).length,
        posts: posts.filter((post) => themeList(post['themes']).includes(theme.id)).length,
      },
    ]),
  );
}

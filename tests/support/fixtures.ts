/**
 * The content sets the tests build. `tests/fixtures/base/` is a small complete site (themes, people,
 * a publication, one post); each set beside it is an overlay that holds only the files it adds or
 * replaces. A set is only usable once laid over the base, in a folder of its own.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES_DIR = 'tests/fixtures';
export const BASE_FIXTURE = join(FIXTURES_DIR, 'base');

/** The overlays in tests/fixtures: every folder there but the base. */
export type FixtureName = 'good-post' | 'bad-posts';

/**
 * Copies the base, then the named overlay on top of it, into `into` (a new temporary folder when
 * left out) and returns that content folder. The caller removes it when done.
 * @example const contentDir = materialiseFixture('bad-posts'); // …/cpp-fixture-bad-posts-Xyz12
 */
export function materialiseFixture(name: FixtureName, into?: string): string {
  const overlay = join(FIXTURES_DIR, name);
  if (!existsSync(overlay)) throw new Error(`There is no fixture overlay at ${overlay}.`);
  const dir = into ?? mkdtempSync(join(tmpdir(), `cpp-fixture-${name}-`));
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: a fixture is laid out in an empty folder.`);
  cpSync(BASE_FIXTURE, dir, { recursive: true });
  cpSync(overlay, dir, { recursive: true, force: true });
  return dir;
}

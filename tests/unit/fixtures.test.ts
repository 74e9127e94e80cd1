import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_FIXTURE, FIXTURES_DIR, materialiseFixture, type FixtureName } from '../support/fixtures';

const made: string[] = [];
const materialise = (name: FixtureName, into?: string) => {
  const dir = materialiseFixture(name, into);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
const OVERLAYS: FixtureName[] = ['good-post', 'bad-posts'];

describe('materialiseFixture', () => {
  it.each(OVERLAYS)('lays the %s overlay over every file of the base', (name) => {
    const dir = materialise(name);
    const files = filesUnder(dir);
    for (const file of [...filesUnder(BASE_FIXTURE), ...filesUnder(join(FIXTURES_DIR, name))])
      expect(files).toContain(file);
  });

  it("keeps the overlay's version of a file the base also has", () => {
    const post = (dir: string) => readFileSync(join(dir, 'posts', 'fixture-post.mdx'), 'utf8');
    expect(post(materialise('bad-posts'))).toContain('themes: [whole-person, whole-person-solutions]');
    expect(post(materialise('good-post'))).toContain('themes: [whole-person]\n');
  });

  it('gives each call its own folder, so a test that edits one leaves the others and the base alone', () => {
    const first = materialise('good-post');
    const second = materialise('good-post');
    writeFileSync(join(first, 'themes.yaml'), 'changed by a test\n');
    expect(readFileSync(join(second, 'themes.yaml'), 'utf8')).toBe(
      readFileSync(join(BASE_FIXTURE, 'themes.yaml'), 'utf8'),
    );
  });

  it('refuses a folder that already holds files, and an overlay that does not exist', () => {
    const busy = mkdtempSync(join(tmpdir(), 'cpp-busy-'));
    made.push(busy);
    writeFileSync(join(busy, 'left-over.mdx'), 'x');
    expect(() => materialise('good-post', busy)).toThrow(/is not empty/);
    expect(() => materialise('no-such-set' as FixtureName)).toThrow(
      'There is no fixture overlay at tests/fixtures/no-such-set.',
    );
  });
});

describe('the fixture overlays', () => {
  it.each(OVERLAYS)('%s holds only files that the base lacks or that differ from it', (name) => {
    const overlay = join(FIXTURES_DIR, name);
    const base = new Set(filesUnder(BASE_FIXTURE));
    const copies = filesUnder(overlay).filter(
      (file) => base.has(file) && readFileSync(join(overlay, file)).equals(readFileSync(join(BASE_FIXTURE, file))),
    );
    expect(copies).toEqual([]);
  });

  // e2e-site is the browser suite's frozen whole site (a trimmed copy of content/), built on its own
  // into dist-e2e/; every other folder is the base or an overlay of it.
  it('are every folder in tests/fixtures but the base and the pinned browser site', () => {
    const folders = readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((entry) => entry.name).sort()).toEqual(['base', 'e2e-site', ...OVERLAYS].sort());
  });
});

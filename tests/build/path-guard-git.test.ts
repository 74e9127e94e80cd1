/**
 * The path guard against a real git repository: what `git diff` reports for hostile names, and the
 * script as the pull-request workflow runs it. The pure rules are in tests/unit/path-guard.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseRawDiff, pathProblems } from '../../scripts/path-guard';

/** A throwaway repository with one commit of a post, for the guard's real `git diff`. */
function repository(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'path-guard-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'content/posts'), { recursive: true });
  writeFileSync(join(dir, 'content/posts/launch-event.mdx'), '---\ntitle: "Launch: the event"\n---\n');
  git('add', '.');
  git('commit', '-qm', 'base');
  return { dir, git };
}

describe('parseRawDiff reads what git reports', () => {
  test('added, renamed and symlinked files, with hostile names, come back as written', () => {
    const { dir, git } = repository();
    git('checkout', '-qb', 'contribution');
    writeFileSync(join(dir, 'content/posts/a post\nwith a newline.mdx'), 'x');
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/CODEOWNERS'), '* @someone\n');
    git('mv', 'content/posts/launch-event.mdx', 'content/posts/the-launch-event.mdx');
    symlinkSync('../../package.json', join(dir, 'content/posts/photo.jpg'));
    git('add', '-A');
    git('commit', '-qm', 'contribution');
    const files = parseRawDiff(git('diff', '--raw', '-z', '-M', '--no-abbrev', 'main...contribution'));
    expect(files).toEqual(
      expect.arrayContaining([
        { status: 'A', mode: '100644', path: '.github/CODEOWNERS' },
        { status: 'A', mode: '100644', path: 'content/posts/a post\nwith a newline.mdx' },
        { status: 'A', mode: '120000', path: 'content/posts/photo.jpg' },
        {
          status: 'R',
          mode: '100644',
          from: 'content/posts/launch-event.mdx',
          path: 'content/posts/the-launch-event.mdx',
        },
      ]),
    );
    expect(files).toHaveLength(4);
    expect(pathProblems(files)).toHaveLength(3);
  });
});

describe('the guard as the workflow runs it', () => {
  const run = (dir: string, env: Record<string, string> = {}) => {
    try {
      const stdout = execFileSync(
        process.execPath,
        ['--experimental-strip-types', join(process.cwd(), 'scripts/path-guard.ts'), 'main', 'HEAD'],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, GITHUB_STEP_SUMMARY: '', AUTHOR_ASSOCIATION: '', ...env },
        },
      );
      return { code: 0, stdout };
    } catch (error) {
      const failure = error as { status: number; stdout: string };
      return { code: failure.status, stdout: failure.stdout };
    }
  };

  test('passes a post, fails a workflow change with its message, and lets an organisation member through', () => {
    const { dir, git } = repository();
    git('checkout', '-qb', 'contribution');
    writeFileSync(join(dir, 'content/posts/a-second-post.mdx'), 'x');
    git('add', '-A');
    git('commit', '-qm', 'post');
    expect(run(dir)).toEqual({ code: 0, stdout: 'All 1 changed files are posts or pictures in content/posts/.\n' });
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/steal.yml'), 'on: push');
    git('add', '-A');
    git('commit', '-qm', 'workflow');
    const refused = run(dir, { AUTHOR_ASSOCIATION: 'FIRST_TIME_CONTRIBUTOR' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /^\.github\/workflows\/steal\.yml: this pull request changes a file outside the posts\./,
    );
    expect(run(dir, { AUTHOR_ASSOCIATION: 'MEMBER' }).code).toBe(0);
  });
});

/**
 * new:post as a writer runs it: the real script in a child process, through `npm run` with and
 * without the `--`, with a misspelt flag, and answering its questions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { askForPost } from '../../scripts/lib/new-post/ask';
import { materialiseFixture } from '../support/fixtures';

const folders: string[] = [];

function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpp-new-post-'));
  folders.push(dir);
  return materialiseFixture('good-post', join(dir, 'content'));
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** The environment of a person's shell: none of the npm settings of the `npm test` that runs this file. */
function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && !key.startsWith('VITEST')),
  );
}

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', env: shellEnv(), timeout: 120_000, stdio: 'pipe' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const npm = (args: string[]) => run('npm', ['run', '--silent', 'new:post', ...args]);
const script = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/new-post.ts', ...args]);

function frontmatterOf(path: string): string {
  return readFileSync(path, 'utf8').split('---')[1] ?? '';
}

describe('npm run new:post', () => {
  it('reads the flags after the --', () => {
    const content = contentCopy();
    const result = npm([
      '--',
      'Year two: what changed',
      '--theme',
      'whole-person',
      '--author',
      'editors',
      '--content-dir',
      content,
    ]);
    expect(result.status, result.output).toBe(0);
    expect(frontmatterOf(join(content, 'posts', 'year-two-what-changed.mdx'))).toContain(
      'title: "Year two: what changed"\ndate:',
    );
  });

  it('reads the same flags when the -- is forgotten', () => {
    const content = contentCopy();
    const result = npm([
      "Lucy de Groot's visit: a title with a colon",
      '--theme',
      'whole-person',
      '--author',
      'editors',
      '--author',
      'peter-thomas',
      '--draft',
      '--content-dir',
      content,
    ]);
    expect(result.status, result.output).toBe(0);
    const frontmatter = frontmatterOf(join(content, 'posts', 'lucy-de-groots-visit-a-title-with-a-colon.mdx'));
    expect(frontmatter).toContain(`title: "Lucy de Groot's visit: a title with a colon"\n`);
    expect(frontmatter).toContain('draft: true\nauthors: [editors, peter-thomas]\nthemes: [whole-person]\n');
  });

  it('refuses a misspelt flag, with or without the --, instead of adding it to the title', () => {
    for (const args of [
      ['A title', '--drafts'],
      ['--', 'A title', '--drafts'],
    ]) {
      const content = contentCopy();
      const result = npm([...args, '--theme=whole-person', '--content-dir', content]);
      expect(result.status).toBe(1);
      expect(result.output).toContain('new:post: --drafts is not an option of new:post. Did you mean --draft?');
      expect(existsSync(join(content, 'posts', 'a-title.mdx'))).toBe(false);
    }
  });
});

describe('new:post with nothing after it', () => {
  it('away from a terminal, says what to give instead of waiting for an answer', () => {
    const result = script(['--content-dir', contentCopy()]);
    expect(result.status).toBe(1);
    expect(result.output).toContain("new:post: give the post's title in quotes.");
  });

  it('at a terminal, asks for the title, themes and authors, and asks again about an unknown id', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    // The writer types each answer when asked: the title, a misspelt theme, the themes, Enter for editors.
    const typed = ['Year two: what changed', 'wholeperson', 'whole-person, prevention', ''];
    let said = '';
    output.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.endsWith(': ')) input.write(`${typed.shift()}\n`);
    });
    const answers = askForPost({ input, output, themes: ['whole-person', 'prevention'], people: ['editors'] });
    await expect(answers).resolves.toEqual({
      title: 'Year two: what changed',
      themes: ['whole-person', 'prevention'],
      authors: ['editors'],
    });
    expect(said).toContain('"wholeperson" is not a known theme. Did you mean "whole-person"?');
  });
});

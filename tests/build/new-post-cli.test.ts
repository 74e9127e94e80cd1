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
  it('writes the original from its flags, and lists every missing part of a half-given one', () => {
    const content = contentCopy();
    const result = npm([
      '--',
      'What Justlife said',
      '--theme',
      'whole-person',
      '--original-title',
      'Gary Bishop Keynote Speaker at Institute For Government Event',
      '--original-author',
      'Justlife',
      '--original-author-kind',
      'organisation',
      '--original-publisher',
      'Justlife',
      '--original-date',
      '2013-01',
      '--original-url',
      'https://www.justlife.org.uk/news/2013/gary-bishop',
      '--original-kind',
      'news',
      '--original-holds',
      'teaser',
      '--content-dir',
      content,
    ]);
    expect(result.status, result.output).toBe(0);
    expect(frontmatterOf(join(content, 'posts', 'what-justlife-said.mdx'))).toContain(
      [
        'original:',
        '  title: Gary Bishop Keynote Speaker at Institute For Government Event',
        '  author:',
        '    name: Justlife',
        '    kind: organisation',
        '  publisher: Justlife',
        "  date: '2013-01'",
        '  url: https://www.justlife.org.uk/news/2013/gary-bishop',
        '  kind: news',
        '  holds: teaser',
      ].join('\n'),
    );

    const half = script([
      'Half an original',
      '--theme',
      'whole-person',
      '--original-author',
      'Lucy de Groot',
      '--content-dir',
      content,
    ]);
    expect(half.status).toBe(1);
    expect(half.output).toContain('new:post: the original is not complete:');
    for (const flag of ['--original-publisher:', '--original-url:', '--original-holds:'])
      expect(half.output).toContain(flag);
    expect(existsSync(join(content, 'posts', 'half-an-original.mdx'))).toBe(false);
  });

  it('away from a terminal, says what to give instead of waiting for an answer', () => {
    const result = script(['--content-dir', contentCopy()]);
    expect(result.status).toBe(1);
    expect(result.output).toContain("new:post: give the post's title in quotes.");
  });

  it('at a terminal, asks for the title, themes and authors, and asks again about an unknown id', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    // The writer types each answer when asked: the title, a misspelt theme, the themes, Enter for
    // editors, and Enter for "no original".
    const typed = ['Year two: what changed', 'wholeperson', 'whole-person, prevention', '', ''];
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
      original: {},
    });
    expect(said).toContain('"wholeperson" is not a known theme. Did you mean "whole-person"?');
  });

  it('at a terminal, asks about the original and asks again about a day that is not a date', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const typed = [
      'The launch: who spoke',
      'whole-person',
      '',
      'y',
      '', // no title shown in our copy
      'Lucy de Groot',
      '', // a person
      'Community Service Volunteers',
      '17 January 2013', // not a date the schema reads: asked again
      'https://example.org/launch',
      'news',
      'teaser',
      '2013-01',
    ];
    let said = '';
    output.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.endsWith(': ')) input.write(`${typed.shift()}\n`);
    });
    const answers = await askForPost({ input, output, themes: ['whole-person'], people: ['editors'] });
    expect(answers.original).toEqual({
      author: 'Lucy de Groot',
      publisher: 'Community Service Volunteers',
      date: '2013-01',
      url: 'https://example.org/launch',
      kind: 'news',
      holds: 'teaser',
    });
    expect(said).toContain('"17 January 2013" is not a date');
    expect(typed).toEqual([]);
  });
});

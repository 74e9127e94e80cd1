/**
 * Every hostile post is refused twice, in the same words: by `check:content`, and by the gate
 * inside the MDX compiler (as the build and `npm run dev` run it), before anything is compiled.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content';
import { formatProblem, type Problem } from '../../src/lib/content-check/problem';
import { PostGateError } from '../../src/lib/post-format/compiler-plugins';
import { HOSTILE_POSTS } from './hostile-posts';
import { hostileContentFolder, siteMdxCompiler } from './support';

const folder = hostileContentFolder(HOSTILE_POSTS);
const postPath = (name: string) => join(folder.contentDir, 'posts', `${name}.mdx`);
let problems: Problem[] = [];
let compile: Awaited<ReturnType<typeof siteMdxCompiler>>;

beforeAll(async () => {
  problems = checkContent({ contentDir: folder.contentDir, today: '2026-12-01' }).problems;
  compile = await siteMdxCompiler(folder.contentDir);
});
afterAll(() => rmSync(folder.root, { recursive: true, force: true }));

const says = (text: string, words: readonly string[]) => words.some((word) => text.includes(word));

describe('the hostile posts', () => {
  it('number at least 60, each with its own name', () => {
    expect(HOSTILE_POSTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_POSTS.map((post) => post.name)).size).toBe(HOSTILE_POSTS.length);
  });
});

describe.each(HOSTILE_POSTS)('$name', (post) => {
  it('is refused by check:content in plain words, at a line of the file', () => {
    const mine = problems.filter((problem) => problem.file.endsWith(`/posts/${post.name}.mdx`));
    const refusal = mine.find((problem) => says(`${problem.message} ${problem.fix}`, post.refusal));
    expect(refusal, mine.map(formatProblem).join('\n')).toBeDefined();
    expect(refusal!.line).toBeGreaterThanOrEqual(1);
    expect(formatProblem(refusal!)).not.toMatch(/\n\s+at |Error:/);
  });

  it('is refused by the MDX compiler before it is compiled, with the problems the check reports', async () => {
    const error: unknown = await compile(postPath(post.name)).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error, 'the compiler accepted the post').toBeInstanceOf(Error);
    if (error instanceof PostGateError) {
      expect(says(error.message, post.refusal), error.message).toBe(true);
      const checked = new Set(problems.map(formatProblem));
      for (const problem of error.problems) expect(checked, formatProblem(problem)).toContain(formatProblem(problem));
    } else expect(says(post.refusal.join(' '), ['MDX cannot read this line']), String(error)).toBe(true);
  });
});

describe('the gate', () => {
  it('compiles a good post with its picture, footnote and heading', async () => {
    const { code } = await compile(join(folder.contentDir, 'posts', 'a-post-with-a-picture.mdx'));
    expect(code).toContain('Where the picture comes from');
    expect(code).toContain('user-content-fn-why');
    expect(code).toContain('./fixture-chart.png');
  });

  it('leaves publications, which the editors write, to full MDX', async () => {
    const { code } = await compile(join(folder.contentDir, 'publications', 'fixture-report.mdx'));
    expect(code).toContain('_createMdxContent');
  });

  it('never runs what a post writes: the marker file an expression would write is never made', async () => {
    await compile(postPath('expression-writes-a-file')).catch(() => undefined);
    expect(existsSync('pwned-by-a-post.txt')).toBe(false);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('refuses the symbolic link and the SVG in the posts folder even when no post names them', () => {
    const files = problems.filter((problem) => problem.field === 'file').map(formatProblem);
    expect(files.some((line) => line.includes('linked.png') && line.includes('symbolic link'))).toBe(true);
    expect(files.some((line) => line.includes('drawing.svg') && line.includes('not .svg files'))).toBe(true);
    expect(files.some((line) => line.includes('evil.js') && line.includes('not .js files'))).toBe(true);
  });
});

describe('a post MDX cannot read', () => {
  it('is still checked for its pictures, links and headings in the same run', () => {
    const body = 'A stray { here.\n\n# A second title\n\n![](./no-such-picture.png)\n\n[a link](/blog/nowhere/)';
    const broken = hostileContentFolder([{ name: 'a-stray-brace', body, refusal: [] }]);
    try {
      const lines = checkContent({ contentDir: broken.contentDir, today: '2026-12-01' })
        .problems.filter((problem) => problem.file.endsWith('/a-stray-brace.mdx'))
        .map(({ line, message }) => `${line}: ${message.split(/[.:(]/)[0]}`);
      expect(lines).toEqual([
        '12: MDX cannot read this line',
        '14: A heading with a single # would be a second main heading',
        '16: An image has no alt text',
        '16: The image file "',
        '18: The link "/blog/nowhere/" points to a page that does not exist on this site',
      ]);
    } finally {
      rmSync(broken.root, { recursive: true, force: true });
    }
  });
});

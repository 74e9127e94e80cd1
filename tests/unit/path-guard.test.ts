import { describe, expect, test } from 'vitest';
import { pathProblems, type ChangedFile } from '../../scripts/path-guard';

const added = (path: string, mode = '100644'): ChangedFile => ({ status: 'A', mode, path });

describe('pathProblems: what a contributor may change', () => {
  test.each([
    'content/posts/lucy-de-groot-on-the-year-two-report.mdx',
    'content/posts/visit-to-a-food-bank.jpg',
    'content/posts/visit-to-a-food-bank.jpeg',
    'content/posts/chart-of-the-pairs.png',
    'content/posts/the-site-s-editors.webp',
    'content/posts/2014-launch.avif',
    'content/posts/images/launch-event.gif',
    'content/posts/a-plain-markdown-post.md',
  ])('%s is a post or a picture', (path) => {
    expect(pathProblems([added(path)])).toEqual([]);
  });

  test.each([
    ['a workflow', '.github/workflows/pull-request.yml'],
    ['CODEOWNERS', '.github/CODEOWNERS'],
    ['the people list', 'content/people.yaml'],
    ['a publication', 'content/publications/year-two-report.mdx'],
    ['code', 'src/lib/hosting/security-headers.ts'],
    ['the lockfile', 'package-lock.json'],
    ['a path that climbs out', 'content/posts/../../.github/workflows/x.yml'],
    ['a dot segment', 'content/posts/./post.mdx'],
    ['a hidden file', 'content/posts/.post.mdx'],
    ['a script dressed as a picture', 'content/posts/photo.jpg.js'],
    ['a script', 'content/posts/photo.js'],
    ['an SVG', 'content/posts/chart.svg'],
    ['an HTML page', 'content/posts/page.html'],
    ['capitals', 'content/posts/Launch-Event.mdx'],
    ['a capital extension', 'content/posts/launch-event.MDX'],
    ['a space', 'content/posts/launch event.mdx'],
    ['a newline', 'content/posts/launch\nevent.mdx'],
    ['a null byte', 'content/posts/launch\0.mdx'],
    ['a backslash', 'content/posts\\..\\..\\package.json'],
    ['a Cyrillic letter that looks Latin', 'content/posts/lаunch-event.mdx'],
    ['a right-to-left override', 'content/posts/gpj.\u202emdx'],
    ['a leading hyphen (a git option)', 'content/posts/-launch.mdx'],
    ['a file next to the posts folder', 'content/posts.mdx'],
    ['the posts folder itself', 'content/posts'],
    ['three folders deep', 'content/posts/a/b/c/post.mdx'],
    ['a name too long', `content/posts/${'a'.repeat(200)}.mdx`],
    ['an absolute path', '/content/posts/post.mdx'],
  ])('%s is refused: %j', (_, path) => {
    const problems = pathProblems([added(path)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /: this pull request changes a file outside the posts\. .* Undo this change, or ask an editor to make it\.$/,
    );
  });

  test('a rename out of the posts folder, or into it from elsewhere, is refused for the other end', () => {
    const problems = pathProblems([
      { status: 'R', mode: '100644', from: 'content/posts/launch-event.mdx', path: 'src/pages/launch.mdx' },
      { status: 'R', mode: '100644', from: 'content/people.yaml', path: 'content/posts/people.md' },
    ]);
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['src/pages/launch.mdx', 'content/people.yaml']);
  });

  test('deleting a file outside the posts is refused too', () => {
    expect(pathProblems([{ status: 'D', mode: '000000', path: 'src/integrations/security-headers.ts' }])).toHaveLength(
      1,
    );
    expect(pathProblems([{ status: 'D', mode: '000000', path: 'content/posts/an-old-post.mdx' }])).toEqual([]);
  });

  test('a symbolic link or a program with an allowed name is refused, in plain words', () => {
    expect(pathProblems([added('content/posts/photo.jpg', '120000')])).toEqual([
      'content/posts/photo.jpg: this file is a symbolic link. Upload the post or picture itself as an ordinary file.',
    ]);
    expect(pathProblems([added('content/posts/photo.jpg', '100755')])[0]).toContain('marked as a program');
  });

  test('every problem is reported at once, each file once, and odd names are shown escaped', () => {
    const problems = pathProblems([
      added('src/a.ts'),
      added('src/a.ts'),
      added('content/posts/x\n.mdx'),
      added('b.ts'),
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[1]).toMatch(/^"content\/posts\/x\\n\.mdx": /);
  });
});

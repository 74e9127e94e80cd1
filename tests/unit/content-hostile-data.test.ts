/**
 * Hostile data: what a contributor could put in frontmatter or a YAML list file to crash, hang or
 * trick the checks. Each input must end within seconds (the test's timeout) in plain
 * `file:line: field: what is wrong. How to fix it.` lines, never a stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, checkParsedFiles } from '../../src/lib/content-check/check-content';
import { parseContentFile } from '../../src/lib/content-check/content-file';
import { ukToday } from '../../src/lib/content-check/frontmatter';
import { formatProblem } from '../../src/lib/content-check/problem';
import { buildSiteIndex } from '../../src/lib/content-check/site-index';
import { materialiseFixture } from '../support/fixtures';
import { aliasBomb } from '../support/hostile-yaml';

/** Each hostile input must be answered well within this (a hang or a blow-up fails the test). */
const ENDS_WITHIN = 10_000;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A copy of the good fixture, so one file can be made hostile. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpp-hostile-'));
  temporary.push(dir);
  materialiseFixture('good-post', dir);
  return dir;
}

const POST = 'posts/a-post-with-a-picture.mdx';

/** The formatted problems of a content folder, with paths relative to it. */
function problemsOf(dir: string, today = '2026-12-01'): string[] {
  return checkContent({ contentDir: dir, displayRoot: dir, today }).problems.map(formatProblem);
}

/** The good post with its frontmatter changed. */
function editPost(dir: string, change: (text: string) => string): void {
  const path = join(dir, POST);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('YAML a contributor can send', () => {
  it(
    'refuses an alias bomb in people.yaml at once, on its first anchor',
    () => {
      const dir = contentCopy();
      writeFileSync(
        join(dir, 'people.yaml'),
        `${readFileSync(join(dir, 'people.yaml'), 'utf8')}- id: bomb\n  name: Bomb\n  role: x\n${aliasBomb('  bio')}\n`,
      );
      const problems = problemsOf(dir);
      expect(problems).toContain(
        'people.yaml:19: file: The file cannot be read: Anchors (&name) and aliases (*name) are not allowed. Write each value out in full where it is used.',
      );
    },
    ENDS_WITHIN,
  );

  it(
    'refuses an alias bomb in a post’s frontmatter',
    () => {
      const dir = contentCopy();
      editPost(dir, (text) => text.replace('draft: ', 'x: ').replace('---\n', `---\n${aliasBomb('lol')}\n`));
      expect(problemsOf(dir)).toContainEqual(
        expect.stringMatching(/^posts\/a-post-with-a-picture\.mdx:2: frontmatter: .*Anchors \(&name\) and aliases/),
      );
    },
    ENDS_WITHIN,
  );

  it(
    'refuses a merge key that copies another entry through an alias',
    () => {
      const dir = contentCopy();
      writeFileSync(
        join(dir, 'organisations.yaml'),
        readFileSync(join(dir, 'organisations.yaml'), 'utf8').replace(/^- id: ([a-z-]+)$/m, '- &first\n  id: $1'),
      );
      expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/^organisations\.yaml:2: file: .*Anchors/));
    },
    ENDS_WITHIN,
  );

  it(
    'refuses brackets nested 100,000 deep before the parser sees them',
    () => {
      const dir = contentCopy();
      editPost(dir, (text) => text.replace('themes: [whole-person-solutions]', `themes: ${'['.repeat(100_000)}`));
      expect(problemsOf(dir)).toContainEqual(
        expect.stringMatching(
          /^posts\/a-post-with-a-picture\.mdx:5: frontmatter: The frontmatter cannot be read: The YAML nests \d+ levels deep here; at most 12 are allowed\./,
        ),
      );
    },
    ENDS_WITHIN,
  );

  it(
    'refuses fields indented 300 levels deep in themes.yaml',
    () => {
      const dir = contentCopy();
      const deep = Array.from({ length: 300 }, (_, level) => `${' '.repeat(level + 2)}k${level}:`).join('\n');
      writeFileSync(join(dir, 'themes.yaml'), `${readFileSync(join(dir, 'themes.yaml'), 'utf8')}- id: deep\n${deep}\n`);
      expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/^themes\.yaml:\d+: file: .*nests \d+ levels deep/));
    },
    ENDS_WITHIN,
  );

  it(
    'refuses a 40 MB events.yaml without reading it whole',
    () => {
      const dir = contentCopy();
      writeFileSync(join(dir, 'events.yaml'), `# ${'x'.repeat(40 * 1024 * 1024)}\n`);
      expect(problemsOf(dir)).toContain(
        'events.yaml:1: file: The file cannot be read: The YAML is larger than the 512 KB allowed. Shorten it: content of this size belongs in separate files.',
      );
    },
    ENDS_WITHIN,
  );

  it(
    'refuses a 3 MB post before MDX parses it',
    () => {
      const dir = contentCopy();
      editPost(dir, (text) => `${text}\n${'A long paragraph. '.repeat(180_000)}\n`);
      // npm run dev still knows the post's page, to show the problem there instead of the post.
      expect(
        checkContent({ contentDir: dir, displayRoot: dir, today: '2026-12-01' }).pages.get(
          '/blog/a-post-with-a-picture/',
        ),
      ).toBe(POST);
      expect(problemsOf(dir)).toContainEqual(
        expect.stringMatching(
          /^posts\/a-post-with-a-picture\.mdx:1: file: The post is [\d,]+ characters long; a post can be at most 60,000\./,
        ),
      );
    },
    ENDS_WITHIN,
  );

  /** A line added at the end of the good post's frontmatter. */
  const added = (line: string) => (text: string) => text.replace('\n---\n\n', `\n${line}\n---\n\n`);
  const FIX_SLUG = 'Use words in lower case joined by hyphens, such as: slug: what-the-pairs-learned';
  it.each([
    [
      'slug: ".."',
      added('slug: ".."'),
      `posts/a-post-with-a-picture.mdx:14: slug: ".." cannot be an address: use only lower-case letters, digits and single hyphens. ${FIX_SLUG}`,
    ],
    [
      'slug: "2"',
      added('slug: "2"'),
      `posts/a-post-with-a-picture.mdx:14: slug: "2" is only digits, and addresses of only digits are the pages of the blog's list (/blog/2/). ${FIX_SLUG}`,
    ],
    [
      'slug: card.png',
      added('slug: card.png'),
      `posts/a-post-with-a-picture.mdx:14: slug: "card.png" cannot be an address: use only lower-case letters, digits and single hyphens. ${FIX_SLUG}`,
    ],
    [
      'slug: cite',
      added('slug: cite'),
      `posts/a-post-with-a-picture.mdx:14: slug: "cite" is a name the site's own pages use. ${FIX_SLUG}`,
    ],
    [
      'an author: key',
      added('author: editors'),
      'posts/a-post-with-a-picture.mdx:14: author: "author" is not a field a post can have. Did you mean "authors"? Rename the field.',
    ],
    [
      'a key the site does not know',
      added('layout: ../../src/layouts/Base.astro'),
      'posts/a-post-with-a-picture.mdx:14: layout: "layout" is not a field a post can have. Remove it, or use one of: title, date, summary, authors, themes, sources, draft, image, original, slug.',
    ],
    [
      'a title repeated as a second key',
      added('title: Another title'),
      'posts/a-post-with-a-picture.mdx:14: frontmatter: The frontmatter cannot be read: A field appears twice. Keep one of the two lines.',
    ],
    [
      'an ftp source address',
      (text: string) =>
        text.replace(/url: https:\/\/www\.instituteforgovernment[^\n]*/, 'url: ftp://example.org/a.pdf'),
      'posts/a-post-with-a-picture.mdx:12: sources[0].url: "ftp://example.org/a.pdf" is not a full web address. Give the address readers can open, starting with https:// or http://.',
    ],
    [
      'a date in words',
      (text: string) => text.replace(/^date: .*$/m, 'date: May 2014'),
      'posts/a-post-with-a-picture.mdx:3: date: "May 2014" is not a date in the form YYYY-MM-DD. Write the year, month and day with hyphens, for example: date: 2014-05-01',
    ],
    [
      'a 197-character title',
      (text: string) => text.replace(/^title: .*$/m, `title: "${'A very long title '.repeat(11).trim()}"`),
      'posts/a-post-with-a-picture.mdx:2: title: The title is 197 characters long; cards and browser tabs show at most 120. Shorten it by 77 characters or more, and keep the detail for the summary.',
    ],
  ])(
    'reports %s in plain words',
    (_name, change, expected) => {
      const dir = contentCopy();
      editPost(dir, change);
      expect(problemsOf(dir)).toContain(expected);
    },
    ENDS_WITHIN,
  );

  it(
    'refuses a post whose file name is only digits, as it would replace a page of the blog list',
    () => {
      const dir = contentCopy();
      cpSync(join(dir, POST), join(dir, 'posts', '2.mdx'));
      editPost(dir, (text) => text.replace(/^title: .*$/m, 'title: Another post'));
      expect(problemsOf(dir)).toContain(
        'posts/2.mdx:1: file: The file name makes the address /blog/2/: "2" is only digits, and addresses of only digits are the pages of the blog\'s list (/blog/2/). Rename the file to words in lower case joined by hyphens, such as what-the-pairs-learned.mdx.',
      );
    },
    ENDS_WITHIN,
  );

  it(
    'checks the about pages too: an unknown field and an alias',
    () => {
      const dir = contentCopy();
      const path = join(dir, 'about', 'partnership.md');
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace(/^title: (.*)$/m, 'title: &t $1\nlayout: *t'));
      expect(problemsOf(dir)).toEqual([
        'about/partnership.md:2: frontmatter: The frontmatter cannot be read: Anchors (&name) and aliases (*name) are not allowed. Write each value out in full where it is used.',
      ]);
      writeFileSync(path, text.replace(/^title: (.*)$/m, 'title: $1\nlayout: ../x.astro'));
      expect(problemsOf(dir)).toEqual([
        'about/partnership.md:3: layout: "layout" is not a field a page can have. Remove it, or use one of: title.',
      ]);
    },
    ENDS_WITHIN,
  );

  it(
    'keeps checking the other posts when one is a dangling link',
    () => {
      const dir = contentCopy();
      symlinkSync('/nonexistent/post.mdx', join(dir, 'posts', 'ghost.mdx'));
      editPost(dir, (text) => text.replace(/^summary: .*$/m, 'summary: Too short to show.'));
      expect(problemsOf(dir)).toEqual([
        'posts/a-post-with-a-picture.mdx:6: summary: The summary is 18 characters long; it needs at least 40. Write a full sentence that says what the post is about.',
        'posts/ghost.mdx:1: file: This is a symbolic link (a shortcut to another file), which the content folder must not hold. Replace it with the file itself, or delete it.',
      ]);
    },
    ENDS_WITHIN,
  );

  it(
    'lets a name with </script> through to the pages, whose job it is to escape it',
    () => {
      const dir = contentCopy();
      writeFileSync(
        join(dir, 'people.yaml'),
        readFileSync(join(dir, 'people.yaml'), 'utf8').replace(
          "name: The site's editors",
          'name: "Eds</script><script>alert(1)</script>"',
        ),
      );
      expect(problemsOf(dir)).toEqual([]);
    },
    ENDS_WITHIN,
  );
});

describe('a check that breaks', () => {
  it('becomes one plain line naming the file, not a stack trace', () => {
    const file = parseContentFile('---\ntitle: A post that breaks a rule\n---\n\nText.\n', {
      file: 'content/posts/breaks.mdx',
      absolutePath: '/repo/content/posts/breaks.mdx',
      collection: 'posts',
      entryPath: 'breaks',
    });
    const site = buildSiteIndex({
      files: [file],
      peopleIds: [],
      themeIds: [],
      routeFiles: [],
      publicFiles: new Set(),
      siteOrigin: 'https://cpp.example.org',
      today: '2026-12-01',
      componentsDir: '/repo/src/components/mdx',
      componentsDirLabel: 'src/components/mdx/',
      fileExists: () => {
        throw new Error('disk on fire');
      },
    });
    const broken = { ...file, data: { ...file.data, image: { src: './x.png', alt: 'A picture of a table' } } };
    const lines = checkParsedFiles([broken], site).map(formatProblem);
    expect(lines).toContain(
      "content/posts/breaks.mdx:1: file: The checks could not read this file (disk on fire). Look for anything unusual in it (a very long line, odd characters); if it still fails, ask the site's editors, quoting this line.",
    );
    expect(lines.join('\n')).not.toMatch(/^\s+at /m);
  });
});

describe('YAML tags, refused as such wherever a contributor writes YAML', () => {
  /** [the tag as written, a value carrying it]: standard, unknown, custom and non-specific tags. */
  const TAGGED: readonly [string, string][] = [
    ['!!binary', '!!binary aGVsbG8gd29ybGQ='],
    ['!!js/function', '!!js/function "function () { return process.exit(1) }"'],
    ['!!js/undefined', '!!js/undefined ""'],
    ['!custom', '!custom A fixture post the publishing tests build, and a custom tag.'],
    ['!!set', '!!set { first, second }'],
    ['!!omap', '!!omap [ first: 1, second: 2 ]'],
    ['!!str', '!!str A fixture post the publishing tests build, typed as text by a tag.'],
    ['!!python/object:os.system', '!!python/object:os.system { command: ls }'],
    ['!', '! A fixture post the publishing tests build, with a non-specific tag.'],
  ];
  const expected = (field: string, tag: string) =>
    `${field}: ${tag} is a YAML tag, which turns text into another kind of value; the site reads only text, lists and fields. Remove "${tag}" and write the value as plain text (in quotes if it has a colon).`;

  it.each(TAGGED)(
    'refuses %s in a post’s frontmatter, on its field’s line',
    (tag, value) => {
      const dir = contentCopy();
      editPost(dir, (text) => text.replace(/^summary: .*$/m, `summary: ${value}`));
      const problems = problemsOf(dir).filter((line) => line.startsWith(POST));
      expect(problems).toEqual([`${POST}:6: ${expected('summary', tag)}`]);
    },
    ENDS_WITHIN,
  );

  it(
    'names a tag deep in a post’s sources by its field',
    () => {
      const dir = contentCopy();
      editPost(dir, (text) =>
        text.replace('  - title: Connecting Policy with Practice', '  - title: !!binary aGVsbG8='),
      );
      expect(problemsOf(dir).filter((line) => line.startsWith(POST))).toEqual([
        `${POST}:11: ${expected('sources[0].title', '!!binary')}`,
      ]);
    },
    ENDS_WITHIN,
  );

  it.each(TAGGED)(
    'refuses %s in people.yaml, on its line',
    (tag, value) => {
      const dir = contentCopy();
      const people = readFileSync(join(dir, 'people.yaml'), 'utf8');
      const line = people.split('\n').length + 3;
      writeFileSync(join(dir, 'people.yaml'), `${people}- id: tagged\n  name: Tagged Person\n  role: ${value}\n`);
      expect(problemsOf(dir).filter((problem) => problem.startsWith('people.yaml'))).toEqual([
        `people.yaml:${line - 1}: ${expected(`[${people.match(/^- id:/gm)!.length}].role`, tag)}`,
      ]);
    },
    ENDS_WITHIN,
  );

  it(
    'refuses a tag in every other list file too',
    () => {
      const dir = contentCopy();
      for (const name of ['themes.yaml', 'findings.yaml', 'organisations.yaml', 'events.yaml'])
        writeFileSync(join(dir, name), `!!set\n${readFileSync(join(dir, name), 'utf8')}`);
      const problems = problemsOf(dir);
      for (const name of ['themes.yaml', 'findings.yaml', 'organisations.yaml', 'events.yaml'])
        expect(problems).toContain(`${name}:1: ${expected('file', '!!set')}`);
    },
    ENDS_WITHIN,
  );
});

describe('dates are judged in UK time', () => {
  it.each([
    ['late evening in summer (BST), already the next day in London', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['late evening in winter (GMT)', '2026-12-31T23:30:00Z', '2026-12-31'],
    ['just after midnight UTC in summer', '2026-07-01T00:30:00Z', '2026-07-01'],
    ['the night the clocks go forward', '2026-03-29T00:59:00Z', '2026-03-29'],
  ])('%s', (_name, instant, day) => {
    expect(ukToday(new Date(instant))).toBe(day);
  });

  it(
    'accepts a post dated 1 July at 00:30 in London (23:30 UTC on 30 June), whatever the machine’s zone',
    () => {
      const dir = contentCopy();
      editPost(dir, (text) => text.replace(/^date: .*$/m, 'date: 2026-07-01'));
      vi.useFakeTimers({ now: new Date('2026-06-30T23:30:00Z'), toFake: ['Date'] });
      const future = (problems: readonly string[]) => problems.filter((line) => line.includes('in the future'));
      expect(future(checkContent({ contentDir: dir, displayRoot: dir }).problems.map(formatProblem))).toEqual([]);
      editPost(dir, (text) => text.replace(/^date: .*$/m, 'date: 2026-07-02'));
      expect(future(checkContent({ contentDir: dir, displayRoot: dir }).problems.map(formatProblem))).toEqual([
        'posts/a-post-with-a-picture.mdx:3: date: 2026-07-02 is in the future, so the post would be published before its day. Use the day it goes live (today or earlier, in UK time), or add "draft: true" until then.',
      ]);
    },
    ENDS_WITHIN,
  );
});

import { describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../src/lib/content-check/frontmatter';
import { parseContentFile } from '../../src/lib/content-check/content-file';
import type { SiteIndex } from '../../src/lib/content-check/site-index';
import { newPostFile, parseNewPostArguments, postSlug } from '../../src/lib/new-post';

describe('the file name made from a title', () => {
  it.each([
    ['What the pairs learned in Leeds', 'what-the-pairs-learned-in-leeds'],
    ['Year two: what changed?', 'year-two-what-changed'],
    ['Café culture & “policy”', 'cafe-culture-policy'],
    ['  Spaces   around  ', 'spaces-around'],
    [
      'A very long title that goes on and on about the programme and its many visits across the country',
      'a-very-long-title-that-goes-on-and-on-about-the-programme',
    ],
  ])('%s → %s', (title, slug) => {
    expect(postSlug(title)).toBe(slug);
  });
});

describe('the command line', () => {
  it('reads the title, repeated and comma-separated ids, and the flags', () => {
    expect(
      parseNewPostArguments(['My', 'title', '--author', 'a,b', '--author=c', '-t', 'x', '--theme', 'y', '--draft']),
    ).toEqual({ title: 'My title', authors: ['a', 'b', 'c'], themes: ['x', 'y'], draft: true, contentDir: undefined });
  });
});

describe('the new file', () => {
  it('has frontmatter the checks accept, and quotes a title with a colon', () => {
    const text = newPostFile({
      title: 'Year two: what changed',
      authors: ['editors'],
      themes: ['whole-person'],
      draft: true,
      date: '2015-03-02',
    });
    expect(text).toContain('title: "Year two: what changed"\n');
    expect(text).toContain('draft: true\n');
    const file = parseContentFile(text, {
      file: 'content/posts/year-two-what-changed.mdx',
      absolutePath: '/repo/content/posts/year-two-what-changed.mdx',
      collection: 'posts',
      entryPath: 'year-two-what-changed',
    });
    expect(file.readProblems).toEqual([]);
    expect(checkFrontmatter(file, { today: '2015-03-02' } as SiteIndex)).toEqual([]);
  });
});

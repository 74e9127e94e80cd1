import { describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../src/lib/content-check/frontmatter';
import { parseContentFile } from '../../src/lib/content-check/content-file';
import type { SiteIndex } from '../../src/lib/content-check/site-index';
import { parseNewPostArguments } from '../../scripts/lib/new-post/arguments';
import { newPostFile, postSlug } from '../../scripts/lib/new-post/post-file';

const KNOWN = { themes: ['x', 'y', 'whole-person'], people: ['a', 'b', 'c', 'editors'] };

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
      parseNewPostArguments(
        ['My', 'title', '--author', 'a,b', '--author=c', '-t', 'x', '--theme', 'y', '--draft'],
        {},
        KNOWN,
      ),
    ).toEqual({
      title: 'My title',
      authors: ['a', 'b', 'c'],
      themes: ['x', 'y'],
      draft: true,
      contentDir: undefined,
      help: false,
    });
  });

  it('takes the flags back from npm when the -- was left out', () => {
    // What `npm run new:post "Year two: what changed" --theme x --author a --author b --draft` passes on.
    const env = {
      npm_lifecycle_event: 'new:post',
      npm_config_theme: 'true',
      npm_config_author: 'true\n\ntrue',
      npm_config_draft: 'true',
      npm_config_cache: '/root/.npm',
    };
    expect(parseNewPostArguments(['Year two: what changed', 'x', 'a', 'b'], env, KNOWN)).toMatchObject({
      title: 'Year two: what changed',
      themes: ['x'],
      authors: ['a', 'b'],
      draft: true,
    });
  });

  it('refuses a misspelt flag with a suggestion, with or without --', () => {
    expect(() => parseNewPostArguments(['Title', '--drafts'], {}, KNOWN)).toThrow(
      '--drafts is not an option of new:post. Did you mean --draft?',
    );
    expect(() =>
      parseNewPostArguments(['Title'], { npm_lifecycle_event: 'new:post', npm_config_drafts: 'true' }, KNOWN),
    ).toThrow('--drafts is not an option of new:post. Did you mean --draft?');
  });

  it('says so when npm kept a flag whose value is not a known id', () => {
    expect(() =>
      parseNewPostArguments(
        ['Title', 'wholeperson'],
        { npm_lifecycle_event: 'new:post', npm_config_theme: 'true' },
        KNOWN,
      ),
    ).toThrow(/npm kept --theme for itself.*npm run new:post -- "Title" --theme <theme-id>/s);
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

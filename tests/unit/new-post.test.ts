import { describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../src/lib/content-check/frontmatter';
import { parseContentFile } from '../../src/lib/content-check/content-file';
import type { SiteIndex } from '../../src/lib/content-check/site-index';
import { parseNewPostArguments } from '../../scripts/lib/new-post/arguments';
import { originalGroup, originalProblems } from '../../scripts/lib/new-post/original';
import { newPostFile, postSlug } from '../../scripts/lib/new-post/post-file';
import { originalSchema } from '../../src/lib/content/schemas';

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
      original: {},
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

describe('the original new:post writes', () => {
  const launch = {
    title: 'The launch: who spoke',
    author: 'Lucy de Groot',
    publisher: 'Institute for Government',
    date: '2013-01-17',
    url: 'https://www.instituteforgovernment.org.uk/events/launch-connecting-policy-practice-people-powered-change',
    kind: 'web-page',
    holds: 'listing-only',
  };

  function written(original: Record<string, unknown>) {
    const text = newPostFile({
      title: 'A post',
      authors: ['editors'],
      themes: ['whole-person'],
      draft: false,
      date: '2015-03-02',
      original,
    });
    return parseContentFile(text, {
      file: 'content/posts/a-post.mdx',
      absolutePath: '/repo/content/posts/a-post.mdx',
      collection: 'posts',
      entryPath: 'a-post',
    });
  }

  it('keeps "Lucy de Groot" a person, a title with a colon and the day, and the checks accept it', () => {
    const file = written(originalGroup(launch)!);
    expect(file.readProblems).toEqual([]);
    expect(checkFrontmatter(file, { today: '2015-03-02' } as SiteIndex)).toEqual([]);
    expect(originalSchema.parse(file.data['original'])).toMatchObject({
      title: 'The launch: who spoke',
      author: { person: 'Lucy de Groot' },
      date: { iso: '2013-01-17' },
    });
  });

  it('keeps an organisation whole and a date at the precision given', () => {
    const group = originalGroup({ ...launch, author: "The site's editors", authorKind: 'organisation', date: '2013' })!;
    const parsed = originalSchema.parse(written(group).data['original']);
    expect(parsed.author).toEqual({ organisation: "The site's editors" });
    expect(parsed.date?.iso).toBe('2013');
  });

  it('leaves the group out when nothing about an original was given', () => {
    expect(originalGroup({ title: '  ', author: '' })).toBeUndefined();
  });

  it('names every missing or wrong part of a half-filled original, in the schema’s words', () => {
    expect(originalProblems(originalGroup({ author: 'Lucy de Groot', date: '20 November 2013', holds: 'all' })!))
      .toMatchInlineSnapshot(`
      [
        {
          "field": "publisher",
          "message": "The original does not say who published it. Add a line such as: publisher: BBC News",
        },
        {
          "field": "date",
          "message": ""20 November 2013" is not a date. Write it as YYYY-MM-DD (2013-11-20), or YYYY-MM (2013-11) when the day is unknown, or YYYY.",
        },
        {
          "field": "url",
          "message": "The original has no url. Give its address, starting with https:// or http://.",
        },
        {
          "field": "holds",
          "message": "The original does not say what our copy holds. Set holds to "full-text", "teaser" or "listing-only": what our copy of the original holds.",
        },
      ]
    `);
  });

  it('reads the --original-* flags, and refuses one npm kept for itself', () => {
    const options = parseNewPostArguments(
      ['A post', '--theme', 'x', '--original-author', 'Lucy de Groot', '--original-date=2013-01'],
      {},
      KNOWN,
    );
    expect(options.original).toEqual({ author: 'Lucy de Groot', date: '2013-01' });
    const env = { npm_lifecycle_event: 'new:post', npm_config_original_author: 'true' };
    expect(() => parseNewPostArguments(['A post', 'Lucy de Groot'], env, KNOWN)).toThrow(
      /npm kept --original-author for itself.*npm run new:post -- "Title"/s,
    );
  });
});

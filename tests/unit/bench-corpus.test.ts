import { slug } from 'github-slugger';
import { parse as load } from 'yaml';
import { describe, expect, test } from 'vitest';
import { bareSiteFiles } from '../../scripts/bench/bare-site';
import {
  brokenPostFiles,
  generateCorpus,
  idsInYamlList,
  seededRandom,
  type CorpusOptions,
} from '../../scripts/bench/corpus';

const OPTIONS: CorpusOptions = {
  posts: 40,
  themeIds: ['whole-person', 'prevention', 'whole-person-solutions'],
  themeLabels: { 'whole-person': 'Whole person vs silos' },
  authorIds: ['editors', 'peter-thomas'],
};

interface PostData {
  title: string;
  /** YAML leaves a date as text; the schema coerces it. */
  date: string;
  authors: string[];
  themes: string[];
  summary: string;
  sources: { title: string; url: string; publisher: string }[];
}

function split(text: string): { data: PostData; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: load(match[1] as string) as PostData, body: match[2] as string };
}

const corpus = generateCorpus(OPTIONS);
const posts = corpus
  .filter((file) => file.path.startsWith('posts/'))
  .map((file) => ({ path: file.path, ...split(file.text) }));

describe('the benchmark corpus', () => {
  test('has the requested number of posts with distinct files, and three publications', () => {
    expect(posts).toHaveLength(40);
    expect(new Set(posts.map((post) => post.path)).size).toBe(40);
    expect(corpus.filter((file) => file.path.startsWith('publications/'))).toHaveLength(3);
  });

  test('gives every post frontmatter the posts schema accepts', () => {
    for (const { data } of posts) {
      expect(data.title.length).toBeGreaterThanOrEqual(5);
      expect(data.summary.length).toBeGreaterThanOrEqual(40);
      expect(data.summary.length).toBeLessThanOrEqual(240);
      const date = new Date(data.date);
      expect(String(data.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(date.getUTCFullYear()).toBeGreaterThanOrEqual(2013);
      expect(date.getUTCFullYear()).toBeLessThanOrEqual(2015);
      expect(data.authors.length).toBeGreaterThanOrEqual(1);
      expect(OPTIONS.authorIds).toEqual(expect.arrayContaining(data.authors));
      expect(data.themes.length).toBeGreaterThanOrEqual(1);
      expect(OPTIONS.themeIds).toEqual(expect.arrayContaining(data.themes));
      expect(data.sources[0]?.url).toMatch(/^https:\/\/example\.org\//);
    }
  });

  test('writes bodies like real posts: 600+ words, headings, a list, a theme link and 2–4 footnotes', () => {
    for (const { body, data } of posts) {
      expect(body.split(/\s+/).length).toBeGreaterThanOrEqual(600);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^- /m);
      expect(body).toContain(`](/themes/${data.themes[0]}/)`);
      const references = new Set(body.match(/\[\^\d+\](?!:)/g));
      const definitions = body.match(/^\[\^\d+\]:/gm) ?? [];
      expect(references.size).toBeGreaterThanOrEqual(2);
      expect(references.size).toBeLessThanOrEqual(4);
      expect(definitions).toHaveLength(references.size);
    }
  });

  test('uses every theme across the posts and labels theme links by the theme’s label', () => {
    expect(new Set(posts.flatMap((post) => post.data.themes))).toEqual(new Set(OPTIONS.themeIds));
    expect(corpus.some((file) => file.text.includes('[Whole person vs silos](/themes/whole-person/)'))).toBe(true);
  });

  test('gives each publication one section per theme whose id matches its heading', () => {
    const publication = corpus.find((file) => file.path === 'publications/benchmark-publication-1.mdx');
    const { data, body } = split(publication?.text ?? '') as unknown as {
      data: { sections: { id: string; themes: string[] }[] };
      body: string;
    };
    expect(data.sections.map((section) => section.themes[0])).toEqual(OPTIONS.themeIds);
    const headingIds = [...body.matchAll(/^## (.+)$/gm)].map((match) => slug(match[1] as string));
    expect(headingIds).toEqual(data.sections.map((section) => section.id));
  });

  test('is the same for the same seed and differs for another', () => {
    expect(generateCorpus(OPTIONS)).toEqual(corpus);
    expect(generateCorpus({ ...OPTIONS, seed: 7 })).not.toEqual(corpus);
  });

  test('refuses base content without themes or people', () => {
    expect(() => generateCorpus({ ...OPTIONS, themeIds: [] })).toThrowErrorMatchingInlineSnapshot(
      `[Error: The benchmark corpus needs at least one theme and one author from the base content.]`,
    );
  });
});

describe('broken posts for the content check', () => {
  test.each([
    ['unknown-theme', /^themes: \[no-such-theme\]$/m],
    ['no-summary', /^(?![\s\S]*^summary:)/m],
    ['bad-date', /^date: last Tuesday$/m],
    ['no-author', /^authors: \[\]$/m],
    ['no-sources', /^(?![\s\S]*^sources:)/m],
  ])('%s carries exactly that mistake', (name, mistake) => {
    const file = brokenPostFiles(OPTIONS).find((entry) => entry.path === `posts/broken-${name}.mdx`);
    expect(file?.text).toMatch(mistake);
    expect(file?.text).toMatch(/^title: /m);
  });
});

describe('seededRandom', () => {
  test('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('idsInYamlList', () => {
  test.each([
    ['- id: a\n  label: A\n- id: b\n', [{ id: 'a', label: 'A' }, { id: 'b' }]],
    ['- name: no id\n', []],
    ['just: a map\n', []],
  ])('reads %j', (yaml, expected) => {
    expect(idsInYamlList(yaml)).toEqual(expected);
  });
});

describe('the bare Astro baseline', () => {
  test('globs the same posts folder and renders them through one plain layout', () => {
    const files = bareSiteFiles('/tmp/corpus/posts');
    expect(files.map((file) => file.path).sort()).toEqual([
      'astro.config.mjs',
      'src/content.config.ts',
      'src/layouts/Plain.astro',
      'src/pages/blog/[slug].astro',
    ]);
    expect(files.find((file) => file.path === 'src/content.config.ts')?.text).toContain('base: "/tmp/corpus/posts"');
  });
});

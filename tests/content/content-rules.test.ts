/**
 * The content's rules, checked on the real files in content/ and, for each rule, on a small bad
 * example so the rule is shown to fail when it should. Run with `npx vitest run tests/content`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'js-yaml';
import {
  checkDisconnectSections,
  checkPostAuthors,
  checkSectionIds,
  checkSources,
  checkThemeCoverage,
  checkThemeRefs,
  headings,
  splitFrontmatter,
  type ListItem,
  type PageDoc,
} from '../../src/lib/content-rules';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

function readList(name: string): ListItem[] {
  const parsed = yaml.load(readFileSync(join(CONTENT, name), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`content/${name} should be a YAML list`);
  return parsed as ListItem[];
}

function readPages(folder: string): PageDoc[] {
  return readdirSync(join(CONTENT, folder))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(CONTENT, folder, name), 'utf8'));
      const data = (yaml.load(frontmatter) ?? {}) as Record<string, unknown>;
      return { file: `content/${folder}/${name}`, data, body };
    });
}

const themes = readList('themes.yaml');
const people = readList('people.yaml');
const findings = readList('findings.yaml');
const events = readList('events.yaml');
const publications = readPages('publications');
const posts = readPages('posts');
const yearOne = publications.find((doc) => doc.file.endsWith('/year-one-report.mdx'));

describe('the real content', () => {
  it('has the files the site needs', () => {
    expect(themes.filter((t) => t['kind'] === 'disconnect')).toHaveLength(5);
    expect(themes.filter((t) => t['kind'] === 'question')).toHaveLength(2);
    expect(publications.length).toBe(3);
    expect(posts.length).toBeGreaterThanOrEqual(8);
    expect(yearOne).toBeDefined();
  });

  it.each([...publications, ...posts].map((doc) => [doc.file, doc] as const))('%s lists its sources', (_file, doc) => {
    expect(checkSources(doc)).toEqual([]);
  });

  it.each([...publications, ...posts].map((doc) => [doc.file, doc] as const))(
    '%s: every section id is a heading in the text',
    (_file, doc) => {
      expect(checkSectionIds(doc)).toEqual([]);
    },
  );

  it('gives every year-one disconnect a section in the year-one report', () => {
    expect(checkDisconnectSections(themes, yearOne as PageDoc)).toEqual([]);
  });

  it('addresses every theme in a publication section or a post', () => {
    expect(checkThemeCoverage(themes, publications, posts)).toEqual([]);
  });

  it('names only known people as post authors', () => {
    expect(checkPostAuthors(posts, people)).toEqual([]);
  });

  it('refers only to known themes', () => {
    expect(checkThemeRefs({ themes, publications, posts, findings, events })).toEqual([]);
  });
});

// Small in-memory examples: each rule must pass a good one and catch a bad one.

const demoThemes: ListItem[] = [
  { id: 'silos', kind: 'disconnect', ledTo: ['whole'] },
  { id: 'churn', kind: 'disconnect' },
  { id: 'whole', kind: 'question' },
];

const source = { title: 'A source', url: 'https://example.org/a', publisher: 'Example' };

function page(file: string, data: Record<string, unknown>, body = ''): PageDoc {
  return { file, data, body };
}

const goodReport = page(
  'content/publications/year-one-report.mdx',
  {
    sources: [source],
    sections: [
      { id: 'whole-person-versus-silos', themes: ['silos'] },
      { id: 'policy-churn', themes: ['churn'] },
    ],
  },
  '## Whole person versus silos\n\nText.\n\n### Policy churn\n\nText.\n',
);

describe('headings', () => {
  it.each([
    ['## Whole person versus silos', 'whole-person-versus-silos'],
    ['## 1. Whole person vs silos', '1-whole-person-vs-silos'],
    ['## Users as problems, not assets', 'users-as-problems-not-assets'],
    ['### Whole-person solutions', 'whole-person-solutions'],
    ['## A [linked](/x/) **bold** heading', 'a-linked-bold-heading'],
  ])('%s has the id %s', (line, slug) => {
    expect(headings(line).map((h) => h.slug)).toEqual([slug]);
  });

  it('numbers repeated headings and skips fenced code', () => {
    const body = '## Notes\n\n```md\n## Not a heading\n```\n\n## Notes\n';
    expect(headings(body).map((h) => h.slug)).toEqual(['notes', 'notes-1']);
  });
});

describe('checkSources', () => {
  it.each([
    ['no sources field', page('content/posts/a.mdx', {}), 1],
    ['an empty list', page('content/posts/b.mdx', { sources: [] }), 1],
    ['a source without a web address', page('content/posts/c.mdx', { sources: [{ title: 'Untitled page' }] }), 1],
    ['a good source', page('content/posts/d.mdx', { sources: [source] }), 0],
  ])('%s gives %i problem(s)', (_name, doc, count) => {
    const problems = checkSources(doc);
    expect(problems).toHaveLength(count);
    for (const problem of problems) expect(problem).toMatch(new RegExp(`^${doc.file}: sources`));
  });
});

describe('checkSectionIds', () => {
  it.each([
    ['ids that match headings', goodReport, 0],
    [
      'an id with no heading',
      page('content/publications/x.mdx', { sections: [{ id: 'prevention', themes: ['silos'] }] }, '## Prevention versus crisis\n'),
      1,
    ],
    [
      'an id written from a numbered heading without its number',
      page('content/publications/y.mdx', { sections: [{ id: 'whole-person', themes: ['silos'] }] }, '## 1. Whole person\n'),
      1,
    ],
  ])('%s gives %i problem(s)', (_name, doc, count) => {
    expect(checkSectionIds(doc)).toHaveLength(count);
  });
});

describe('checkDisconnectSections', () => {
  it.each([
    ['a section per disconnect', goodReport, 0],
    [
      'a disconnect with no section',
      page('r.mdx', { sections: [{ id: 'policy-churn', themes: ['churn'] }] }, '## Policy churn\n'),
      1,
    ],
    [
      'a section whose id is not a heading',
      page('r.mdx', { sections: [{ id: 'silos', themes: ['silos'] }, { id: 'policy-churn', themes: ['churn'] }] }, '## Policy churn\n'),
      1,
    ],
    [
      'a section under a heading deeper than ###',
      page('r.mdx', { sections: [{ id: 'silos', themes: ['silos'] }, { id: 'policy-churn', themes: ['churn'] }] }, '#### Silos\n\n## Policy churn\n'),
      1,
    ],
  ])('%s gives %i problem(s)', (_name, doc, count) => {
    expect(checkDisconnectSections(demoThemes, doc)).toHaveLength(count);
  });
});

describe('checkThemeCoverage', () => {
  const post = page('content/posts/p.mdx', { themes: ['whole'] });
  it.each([
    ['every theme covered', [goodReport], [post], 0],
    ['a question with no section or post', [goodReport], [], 1],
    ['nothing at all', [], [], 3],
  ])('%s gives %i problem(s)', (_name, pubs, postList, count) => {
    expect(checkThemeCoverage(demoThemes, pubs, postList)).toHaveLength(count);
  });
});

describe('checkPostAuthors', () => {
  const people: ListItem[] = [{ id: 'editors' }];
  it.each([
    ['a known author', [page('content/posts/a.mdx', { authors: ['editors'] })], 0],
    ['an unknown author', [page('content/posts/b.mdx', { authors: ['dawn-austwick'] })], 1],
    ['no authors', [page('content/posts/c.mdx', {})], 1],
  ])('%s gives %i problem(s)', (_name, postList, count) => {
    expect(checkPostAuthors(postList, people)).toHaveLength(count);
  });
});

describe('checkThemeRefs', () => {
  it.each([
    ['known references', { themes: demoThemes, posts: [page('p.mdx', { themes: ['whole'] })] }, 0],
    ['a ledTo to an unknown theme', { themes: [...demoThemes, { id: 'lost', kind: 'disconnect', ledTo: ['nowhere'] }] }, 1],
    ['a finding with an unknown question', { themes: demoThemes, findings: [{ id: 'f', question: 'service-users' }] }, 1],
    ['an event with an unknown theme', { themes: demoThemes, events: [{ id: 'e', themes: ['prevention'] }] }, 1],
    ['a post with an unknown theme', { themes: demoThemes, posts: [page('p.mdx', { themes: ['silo'] })] }, 1],
    [
      'a publication section with an unknown theme',
      { themes: demoThemes, publications: [page('x.mdx', { sections: [{ id: 'a', themes: ['nope'] }] })] },
      1,
    ],
  ])('%s gives %i problem(s)', (_name, content, count) => {
    expect(checkThemeRefs(content)).toHaveLength(count);
  });
});

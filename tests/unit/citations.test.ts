import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  everyPostCitation,
  postCitation,
  postOriginalCitation,
  publicationCitation,
  publicationOriginalCitation,
  sectionCitation,
  SITE_EDITORS,
} from '../../src/lib/citations/citation-data';
import {
  citeApa,
  citeBibtex,
  citeHarvard,
  citeRis,
  cslName,
  type CitationData,
} from '../../src/lib/citations/citations';
import { parsePartialDate } from '../../src/lib/dates/partial-date';

// Each run writes its references afresh: one read from an earlier run's cache would prove nothing.
const citationCache = mkdtempSync(join(tmpdir(), 'cpp-citations-test-'));
beforeAll(() => vi.stubEnv('CPP_CITATION_CACHE_DIR', citationCache));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(citationCache, { recursive: true, force: true });
});

const site = new URL('https://example.org/');

/** A post by the site's editors summarising Dharmendra Kanani's guest post. */
const post = {
  id: 'kanani-guest-post',
  data: {
    title: 'Dharmendra Kanani’s guest post: why the Fund joined in',
    date: new Date('2026-11-23T00:00:00Z'),
    original: {
      title: 'Connecting Policy with Practice',
      author: { person: 'Dharmendra Kanani' },
      publisher: 'Big Lottery Fund',
      date: parsePartialDate('2013-01-17')!,
      url: 'https://bigblog.org.uk/2013/01/17/connecting-policy-with-practice/',
      kind: 'blog-post' as const,
    },
  },
};

/** The year-two report: a month, no named author, a title with a colon. */
const publication = {
  id: 'year-two-report',
  data: {
    title: 'Connecting Policy with Practice: Insights from the Connecting Policy with Practice Programme in 2014-15',
    subtitle: 'Report on the second year (March 2015)',
    published: parsePartialDate('2015-03')!,
    publisher: 'Institute for Government',
    date: new Date('2026-11-23T00:00:00Z'),
    originalUrl: 'https://instituteforgovernment.org.uk/publication/report/connecting-policy-practice-0',
  },
};

/** A post by several real people: a particle, an honour and an organisation. */
const launch: CitationData = {
  key: 'cpp-blog-launch',
  kind: 'post',
  title: 'The launch: who spoke',
  authors: [
    { person: 'Lucy de Groot' },
    { person: 'Sir Jeremy Heywood' },
    { organisation: 'Institute for Government' },
  ],
  publisher: 'Connecting Policy with Practice findings site',
  containerTitle: 'Connecting Policy with Practice findings site',
  date: parsePartialDate('2013-01-17')!,
  url: 'https://example.org/blog/launch/',
};

describe('every post citation', () => {
  it("gives each post its own citation, by its authors, and its original's where that is citable", () => {
    const people = new Map([
      ['editors', SITE_EDITORS],
      ['lucy-de-groot', { person: 'Lucy de Groot' }],
    ]);
    const withAuthors = { ...post, data: { ...post.data, authors: [{ id: 'editors' }, { id: 'lucy-de-groot' }] } };
    const plain = {
      id: 'year-two-begins',
      data: { title: 'Year two begins', date: post.data.date, authors: [{ id: 'lucy-de-groot' }] },
    };
    const citations = everyPostCitation([withAuthors, plain], people, site);
    expect(citations.map((citation) => citation.key)).toEqual([
      'cpp-blog-kanani-guest-post',
      'cpp-blog-kanani-guest-post-original',
      'cpp-blog-year-two-begins',
    ]);
    expect(citations[0]).toEqual(postCitation(withAuthors, [SITE_EDITORS, { person: 'Lucy de Groot' }], site));
    expect(citations[2]?.authors).toEqual([{ person: 'Lucy de Groot' }]);
  });
});

describe('names', () => {
  it.each([
    [{ organisation: "The site's editors" }, { literal: "The site's editors" }],
    [{ person: 'Lucy de Groot' }, { given: 'Lucy', 'non-dropping-particle': 'de', family: 'Groot' }],
    [{ person: 'Sir Jeremy Heywood' }, { given: 'Jeremy', family: 'Heywood' }],
    [{ organisation: 'Institute for Government' }, { literal: 'Institute for Government' }],
  ] as const)('%o is written as CSL-JSON %o', (name, csl) => {
    expect(cslName(name)).toEqual(csl);
  });
});

describe('Cite this page: the site’s account', () => {
  it('credits a post to the site’s editors, whole, on the day the site published it', () => {
    const citation = postCitation(post, [SITE_EDITORS], site);
    expect(citeApa(citation)).toMatchInlineSnapshot(
      `"The site’s editors. (2026, November 23). Dharmendra Kanani’s guest post: why the Fund joined in [Summary]. Connecting Policy with Practice Findings Site. https://example.org/blog/kanani-guest-post/"`,
    );
    expect(citeHarvard(citation)).toMatchInlineSnapshot(
      `"The site’s editors (2026) “Dharmendra Kanani’s guest post: why the Fund joined in,” Connecting Policy with Practice findings site, 23 November. Available at: https://example.org/blog/kanani-guest-post/."`,
    );
    expect(citeApa(citation)).not.toContain('editors, T.');
  });

  it('credits a publication page to the editors and the site, not to the report’s publishers', () => {
    const citation = publicationCitation(publication, site);
    const apa = citeApa(citation);
    expect(apa).toMatch(/^The site’s editors\. \(2026, November 23\)\./);
    expect(apa).toContain('[Summary]');
    expect(apa).not.toContain('Institute for Government');
    expect(apa).not.toMatch(/\(2015/);
  });

  it('has no “Accessed” date: the build day is not the reader’s', () => {
    expect(citeHarvard(publicationCitation(publication, site))).not.toMatch(/Accessed/);
  });

  it('writes particles as CSL does and never splits an organisation', () => {
    expect(citeApa(launch)).toMatchInlineSnapshot(
      `"de Groot, L., Heywood, J., & Institute for Government. (2013, January 17). The launch: who spoke. Connecting Policy with Practice Findings Site. https://example.org/blog/launch/"`,
    );
    expect(citeHarvard(launch)).toMatchInlineSnapshot(
      `"de Groot, L., Heywood, J., and Institute for Government (2013) “The launch: who spoke,” Connecting Policy with Practice findings site, 17 January. Available at: https://example.org/blog/launch/."`,
    );
  });
});

describe('Cite the original', () => {
  it('cites the original post by its own author and date', () => {
    const citation = postOriginalCitation(post)!;
    expect(citeApa(citation)).toMatchInlineSnapshot(
      `"Kanani, D. (2013, January 17). Connecting Policy with Practice. Big Lottery Fund. https://bigblog.org.uk/2013/01/17/connecting-policy-with-practice/"`,
    );
  });

  it('is not offered for a teaser whose title is unknown', () => {
    const untitled = { ...post.data.original, title: undefined };
    expect(postOriginalCitation({ ...post, data: { ...post.data, original: untitled } })).toBeUndefined();
  });

  it('cites a report with no named author under its publisher, at month precision', () => {
    const apa = citeApa(publicationOriginalCitation(publication)!);
    expect(apa).toMatch(/^Institute for Government\. \(2015\)\. Connecting Policy with Practice: Insights/);
  });

  it('offers no "Cite the original" when the sources do not give the report\'s exact title', () => {
    const described = {
      ...publication,
      data: { ...publication.data, title: 'Report on the first year (November 2013)', titleKnown: false },
    };
    expect(publicationOriginalCitation(described)).toBeUndefined();
    expect(publicationOriginalCitation({ ...described, data: { ...described.data, titleKnown: true } })?.title).toBe(
      'Report on the first year (November 2013)',
    );
  });

  it('prints "n.d." for an undated original, never a guessed day', () => {
    const undated = { ...post.data.original, date: undefined };
    const apa = citeApa(postOriginalCitation({ ...post, data: { ...post.data, original: undated } })!);
    expect(apa).toContain('(n.d.)');
  });
});

describe('files round-trip through citation-js’s own BibTeX and RIS parsers', () => {
  const parsed = (text: string) => new Cite(text).data[0]!;

  it('BibLaTeX keeps the editors whole, the particle, the title and the month precision', () => {
    const bib = citeBibtex({
      ...launch,
      authors: [SITE_EDITORS, ...launch.authors],
      date: parsePartialDate('2015-03')!,
    });
    expect(bib).toMatch(/^@online\{cpp-blog-launch,/);
    const item = parsed(bib);
    expect(item['author']).toEqual([
      { family: "The site's editors" },
      { given: 'Lucy', family: 'Groot', 'non-dropping-particle': 'de' },
      { given: 'Jeremy', family: 'Heywood' },
      { family: 'Institute for Government' },
    ]);
    expect(item['title']).toBe('The launch: who spoke');
    expect(item['issued']).toEqual({ 'date-parts': [[2015, 3]] });
  });

  it('RIS keeps the editors whole, "de Groot", the title and the day', () => {
    const ris = citeRis({ ...launch, authors: [SITE_EDITORS, ...launch.authors] });
    expect(ris.endsWith('ER  -\r\n')).toBe(true);
    const item = parsed(ris);
    expect(item['author']).toEqual([
      { literal: "The site's editors" },
      { family: 'de Groot', given: 'Lucy' },
      { family: 'Heywood', given: 'Jeremy' },
      { literal: 'Institute for Government' },
    ]);
    expect(item['title']).toBe('The launch: who spoke');
    expect(item['issued']).toEqual({ 'date-parts': [[2013, 1, 17]] });
  });

  it('RIS gives a post and its original two IDs within the format’s 20 capitals and digits', () => {
    const key = 'cpp-blog-kanani-guest-post-on-the-big-blog';
    const ids = [key, `${key}-original`].map((k) => String(parsed(citeRis({ ...launch, key: k }))['id']));
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^CPPBLOGKANA[0-9A-Z]{9}$/);
    expect(String(parsed(citeRis({ ...launch, key: 'cpp-year-one-report' }))['id'])).toBe('CPPYEARONEREPORT');
  });

  it('RIS keeps a long title and address on one line each, as written', () => {
    const long = {
      ...launch,
      title: 'Connecting Policy with Practice: Insights from the Connecting Policy with Practice Programme in 2014-15',
      url: 'https://connecting-policy-with-practice.github.io/publications/year-two-report/#whole-person-solutions',
    };
    const ris = citeRis(long);
    expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-/.test(line))).toBe(true);
    const item = parsed(ris);
    expect(item['title']).toBe(long.title);
    expect(item['URL']).toBe(long.url);
  });

  it('a section is a chapter of the site’s account, at its anchor', () => {
    const section = sectionCitation(publicationCitation(publication, site), {
      sectionId: 'whole-person-solutions',
      heading: 'Whole-person solutions',
    });
    const item = parsed(citeBibtex(section));
    expect(item['type']).toBe('chapter');
    expect(item['container-title']).toBe(publicationCitation(publication, site).title);
    expect(item['URL']).toBe('https://example.org/publications/year-two-report/#whole-person-solutions');
    expect(parsed(citeRis(section))['author']).toEqual([{ literal: "The site's editors" }]);
  });
});

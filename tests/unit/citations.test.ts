import { describe, expect, it } from 'vitest';
import { sectionCitation } from '../../src/lib/citation-data';
import { citeApa, citeBibtex, citeHarvard, citeRis, type CitationData } from '../../src/lib/citations';
import { parsePartialDate } from '../../src/lib/partial-date';

const report: CitationData = {
  key: 'cpp-year-one-report',
  kind: 'report',
  title: 'Connecting Policy with Practice: Report on the first year',
  authors: [],
  publisher: 'Institute for Government',
  date: parsePartialDate('2013-11')!,
  url: 'https://example.org/publications/year-one-report/',
};

const post: CitationData = {
  key: 'cpp-blog-launch',
  kind: 'post',
  title: 'The launch & what came next',
  authors: ['Pat Russell', 'Nick O’Shea'],
  publisher: 'CPP findings site',
  date: parsePartialDate('2014-05-01')!,
  url: 'https://example.org/blog/launch/',
};

const accessed = new Date('2026-11-23T12:00:00Z');

describe('APA', () => {
  it('uses the publisher as author when no person is named, and the month precision', () => {
    expect(citeApa(report)).toMatchInlineSnapshot(
      `"Institute for Government. (2013, November). Connecting Policy with Practice: Report on the first year. https://example.org/publications/year-one-report/"`,
    );
  });

  it('lists personal authors with initials and the full day', () => {
    expect(citeApa(post)).toMatchInlineSnapshot(
      `"Russell, P. & O’Shea, N. (2014, May 1). The launch & what came next. CPP findings site. https://example.org/blog/launch/"`,
    );
  });
});

describe('Harvard', () => {
  it('gives the year, the address and the accessed date', () => {
    expect(citeHarvard(report, accessed)).toMatchInlineSnapshot(
      `"Institute for Government (2013) Connecting Policy with Practice: Report on the first year. Available at: https://example.org/publications/year-one-report/ (Accessed: 23 November 2026)."`,
    );
  });
});

describe('BibTeX', () => {
  it('writes a techreport with a corporate author in braces and escapes special characters', () => {
    const bib = citeBibtex(report);
    expect(bib).toContain('@techreport{cpp-year-one-report,');
    expect(bib).toContain('author = {{Institute for Government}}');
    expect(bib).toContain('month = nov');
    expect(citeBibtex(post)).toContain('title = {The launch \\& what came next}');
    expect(citeBibtex(post)).toContain('author = {Pat Russell and Nick O’Shea}');
  });

  it('leaves the month out when only the year is known', () => {
    expect(citeBibtex({ ...report, date: parsePartialDate('2013')! })).not.toContain('month');
  });
});

describe('RIS', () => {
  it('writes one tag per line, ending with ER', () => {
    const lines = citeRis(post).trim().split('\r\n');
    expect(lines).toEqual([
      'TY  - ELEC',
      'AU  - Russell, Pat',
      'AU  - O’Shea, Nick',
      'TI  - The launch & what came next',
      'PY  - 2014',
      'DA  - 2014/05/01',
      'PB  - CPP findings site',
      'UR  - https://example.org/blog/launch/',
      'ID  - cpp-blog-launch',
      'ER  -',
    ]);
  });

  it('marks a month-precision date with a trailing slash and no day', () => {
    expect(citeRis(report)).toContain('DA  - 2013/11/');
  });
});

describe('sectionCitation', () => {
  it('cites a section inside its publication, at the section anchor', () => {
    const section = sectionCitation(report, { id: 'prevention-versus-crisis', heading: 'Prevention versus crisis' });
    expect(section).toMatchObject({
      kind: 'section',
      title: 'Prevention versus crisis',
      containerTitle: report.title,
      url: `${report.url}#prevention-versus-crisis`,
    });
    expect(citeRis(section)).toContain('TY  - CHAP');
    expect(citeBibtex(section)).toContain('booktitle = {Connecting Policy with Practice: Report on the first year}');
  });
});

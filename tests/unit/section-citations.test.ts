import { describe, expect, it } from 'vitest';
import { sectionCitations } from '../../src/lib/citations/citation-data';
import { citeBibtex, type CitationData } from '../../src/lib/citations/citations';
import { parsePartialDate } from '../../src/lib/dates/partial-date';

const report: CitationData = {
  key: 'cpp-year-one',
  kind: 'report',
  title: 'Year one',
  authors: [{ organisation: "The site's editors" }],
  publisher: 'Connecting Policy with Practice findings site',
  date: parsePartialDate('2013-11')!,
  url: 'https://example.org/publications/year-one/',
};

const headings = [
  { slug: 'introduction', text: 'Introduction' },
  { slug: 'prevention-versus-crisis', text: 'Prevention versus crisis' },
];

describe('sectionCitations', () => {
  it('cites each themed section by the heading readers see, at its anchor', () => {
    const citations = sectionCitations(report, [{ id: 'prevention-versus-crisis' }], headings);
    const section = citations.get('prevention-versus-crisis');
    expect(section).toMatchObject({
      key: 'cpp-year-one-prevention-versus-crisis',
      title: 'Prevention versus crisis',
      containerTitle: 'Year one',
      url: 'https://example.org/publications/year-one/#prevention-versus-crisis',
    });
    expect(citeBibtex(section!)).toMatch(/^@inbook\{cpp-year-one-prevention-versus-crisis,/);
    expect(citations.has('introduction')).toBe(false);
  });

  it('names the file, the unknown id and the ids there are', () => {
    expect(() =>
      sectionCitations(report, [{ id: 'prevention-vs-crisis' }], headings, 'content/publications/year-one.mdx'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/publications/year-one.mdx: "sections" lists the id "prevention-vs-crisis", but no heading of the text has that id. Use one of: introduction, prevention-versus-crisis.]`,
    );
  });
});

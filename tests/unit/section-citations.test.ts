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

describe('sectionCitations', () => {
  it('cites each themed section by the heading readers see, at its anchor', () => {
    const citations = sectionCitations(report, [
      { sectionId: 'prevention-versus-crisis', heading: 'Prevention versus crisis' },
    ]);
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
});

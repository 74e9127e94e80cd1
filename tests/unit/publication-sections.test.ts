import { describe, expect, it } from 'vitest';
import { sectionsOf, type SectionedPublication } from '../../src/lib/content/publication-sections';

const report: SectionedPublication = {
  id: 'year-two',
  filePath: 'content/publications/year-two.mdx',
  data: {
    title: 'Year two report',
    subtitle: 'Questions: what next?',
    sections: [
      { id: 'whole-person-solutions', themes: [{ id: 'q-whole' }] },
      { id: 'prevention-versus-crisis', themes: [{ id: 'crisis' }, { id: 'silos' }] },
    ],
  },
};

const headings = [
  { slug: 'introduction', text: 'Introduction' },
  { slug: 'whole-person-solutions', text: 'Question one: whole-person solutions' },
  { slug: 'prevention-versus-crisis', text: 'Prevention versus crisis' },
];

describe('sectionsOf', () => {
  it('gives each themed section its heading as readers see it, its themes and its address', () => {
    expect(sectionsOf(report, headings)).toEqual([
      {
        publicationId: 'year-two',
        publicationTitle: 'Year two report: Questions: what next?',
        sectionId: 'whole-person-solutions',
        heading: 'Question one: whole-person solutions',
        themeIds: ['q-whole'],
        href: '/publications/year-two/#whole-person-solutions',
      },
      {
        publicationId: 'year-two',
        publicationTitle: 'Year two report: Questions: what next?',
        sectionId: 'prevention-versus-crisis',
        heading: 'Prevention versus crisis',
        themeIds: ['crisis', 'silos'],
        href: '/publications/year-two/#prevention-versus-crisis',
      },
    ]);
  });

  it('leaves out headings no section lists, and titles a publication without a subtitle by its title', () => {
    const sections = sectionsOf(
      { id: 'year-one', data: { title: 'Year one report', sections: [report.data.sections[1]!] } },
      headings,
    );
    expect(sections.map((section) => [section.publicationTitle, section.sectionId])).toEqual([
      ['Year one report', 'prevention-versus-crisis'],
    ]);
  });

  it('names the file, the unknown id and the ids there are', () => {
    const typo = { ...report, data: { ...report.data, sections: [{ id: 'prevention-vs-crisis', themes: [] }] } };
    expect(() => sectionsOf(typo, headings)).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/publications/year-two.mdx: "sections" lists the id "prevention-vs-crisis", but no heading of the text has that id. Use one of: introduction, whole-person-solutions, prevention-versus-crisis.]`,
    );
  });

  it('says so when the text has no headings at all, naming the publication by id without a file', () => {
    const withoutFile = { id: report.id, data: report.data };
    expect(() => sectionsOf(withoutFile, [])).toThrow(
      'year-two: "sections" lists the id "whole-person-solutions", but no heading of the text has that id. Use one of: (the text has no headings).',
    );
  });
});

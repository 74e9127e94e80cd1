/**
 * The rules that hold across documents and the YAML list files, each shown to pass a good example
 * and to catch a bad one with a plain `file:line` message. (The real content passes them in
 * `npm run check:content`.)
 */
import { describe, expect, it } from 'vitest';
import { parseContentFile, type Collection } from '../../src/lib/content-check/content-file';
import {
  checkDisconnectSections,
  checkDuplicateTitles,
  checkSectionIds,
  checkThemeCoverage,
} from '../../src/lib/content-check/cross-document';
import { checkListReferences, readListFile, type ListFileName } from '../../src/lib/content-check/data-files';
import { formatProblem } from '../../src/lib/content-check/problem';

function file(frontmatter: string, body = '', entryPath = 'year-one-report', collection: Collection = 'publications') {
  return parseContentFile(`---\n${frontmatter}\n---\n\n${body}\n`, {
    file: `content/${collection}/${entryPath}.mdx`,
    absolutePath: `/repo/content/${collection}/${entryPath}.mdx`,
    collection,
    entryPath,
  });
}

const THEMES = readListFile(
  'themes.yaml',
  'content/themes.yaml',
  ['- id: silos', '  kind: disconnect', '- id: churn', '  kind: disconnect', '- id: whole', '  kind: question'].join(
    '\n',
  ),
);

const REPORT = file(
  'sections:\n  - id: whole-person-versus-silos\n    themes: [silos]\n  - id: policy-churn\n    themes: [churn]',
  '## Whole person versus silos\n\nText.\n\n### Policy churn\n\nText.',
);

describe('section ids', () => {
  it('accepts ids that are headings of the text', () => {
    expect(checkSectionIds(REPORT)).toEqual([]);
  });

  it('names an id with no heading on its line, with the heading it was meant to be', () => {
    const report = file(
      'sections:\n  - id: whole-person-vs-silos\n    themes: [silos]',
      '## Whole person versus silos',
    );
    expect(checkSectionIds(report).map(formatProblem)).toEqual([
      'content/publications/year-one-report.mdx:3: sections[0].id: "whole-person-vs-silos" is not the anchor of any heading in the text. Did you mean "whole-person-versus-silos"? A section\'s id is its heading in lower case with hyphens: "## What happened next" is what-happened-next.',
    ]);
  });

  it('reads a numbered heading with its number', () => {
    const report = file('sections:\n  - id: whole-person\n    themes: [silos]', '## 1. Whole person');
    expect(checkSectionIds(report)).toHaveLength(1);
  });
});

describe('year-one disconnect sections', () => {
  it('passes when each disconnect has a section under a ## or ### heading', () => {
    expect(checkDisconnectSections(THEMES.entries, REPORT)).toEqual([]);
  });

  it.each([
    ['a disconnect with no section', 'sections:\n  - id: policy-churn\n    themes: [churn]', '## Policy churn'],
    [
      'a section under a heading deeper than ###',
      'sections:\n  - id: silos\n    themes: [silos]\n  - id: policy-churn\n    themes: [churn]',
      '#### Silos\n\n## Policy churn',
    ],
  ])('reports %s', (_name, frontmatter, body) => {
    expect(checkDisconnectSections(THEMES.entries, file(frontmatter, body)).map(formatProblem)).toEqual([
      'content/publications/year-one-report.mdx:2: sections: No section carries the year-one disconnect "silos". Add a ## heading for it and list its anchor under sections with themes: [silos].',
    ]);
  });
});

describe('theme coverage', () => {
  const post = file('themes: [whole]', '', 'a-post', 'posts');
  it('passes when every theme has a section or a post', () => {
    expect(checkThemeCoverage(THEMES.entries, [REPORT, post], THEMES)).toEqual([]);
  });

  it('names the theme nothing addresses, on its line in themes.yaml', () => {
    expect(checkThemeCoverage(THEMES.entries, [REPORT], THEMES).map(formatProblem)).toEqual([
      'content/themes.yaml:5: whole.id: No publication section and no post addresses the theme "whole". Tag a post with it (themes: […]), or list it under a section of a publication; or remove the theme.',
    ]);
  });
});

describe('duplicate titles', () => {
  it('names both posts, whatever the case and spacing', () => {
    const first = file('title: "Mind the gap: the first year"', '', 'first', 'posts');
    const second = file('title: "Mind the  gap: the first year "', '', 'second', 'posts');
    const other = file('title: Another post', '', 'other', 'posts');
    expect(checkDuplicateTitles([first, second, other]).map(formatProblem)).toEqual([
      'content/posts/first.mdx:2: title: The same title is used by content/posts/second.mdx. Give each post its own title, so readers can tell them apart in lists, the feed and search.',
      'content/posts/second.mdx:2: title: The same title is used by content/posts/first.mdx. Give each post its own title, so readers can tell them apart in lists, the feed and search.',
    ]);
  });
});

describe('the list files', () => {
  const PEOPLE = [
    '- id: lucy-de-groot',
    '  name: Lucy de Groot',
    '  role: Executive Director',
    '  organisation: csv',
    '- id: editors',
    "  name: The site's editors",
    '  role: Editors of this site',
    '  writesForSite: true',
  ].join('\n');

  it('accepts real-looking people, including a name with an apostrophe', () => {
    expect(readListFile('people.yaml', 'content/people.yaml', PEOPLE).problems).toEqual([]);
  });

  it.each([
    [
      'an unknown key, with the field it was meant to be',
      PEOPLE.replace('  role: Executive Director', '  rol: Executive Director'),
      'content/people.yaml:3: lucy-de-groot.rol: "rol" is not a field a person can have. Did you mean "role"? Rename the field.',
    ],
    [
      'an id that is only digits',
      PEOPLE.replace('id: editors', 'id: "2"'),
      'content/people.yaml:5: 2.id: "2" is only digits, and addresses of only digits are the pages of the blog\'s list (/blog/2/). Use words in lower case joined by hyphens, such as: id: what-the-pairs-learned',
    ],
    [
      'an id that climbs out of its folder',
      PEOPLE.replace('id: editors', 'id: ".."'),
      'content/people.yaml:5: ...id: ".." cannot be an address: use only lower-case letters, digits and single hyphens. Use words in lower case joined by hyphens, such as: id: what-the-pairs-learned',
    ],
    [
      'two entries with the same id',
      PEOPLE.replace('id: editors', 'id: lucy-de-groot'),
      'content/people.yaml:5: lucy-de-groot.id: The id "lucy-de-groot" is also used by the entry on line 1. Give each entry its own id: the id is its address and the name other files use for it.',
    ],
    [
      'a source address that is not a web address',
      `${PEOPLE}\n  sources:\n    - title: A page\n      url: ftp://example.org/a\n      publisher: Someone`,
      'content/people.yaml:11: editors.sources[0].url: "ftp://example.org/a" is not a full web address. Give the address readers can open, starting with https:// or http://.',
    ],
    [
      'a value that is not one of the allowed ones',
      PEOPLE.replace('  writesForSite: true', '  part: reporter'),
      'content/people.yaml:8: editors.part: "reporter" is not one of the values part may have. Use one of: partner-staff, year-one-cohort, year-two-cohort, rapporteur, speaker, editorial.',
    ],
  ])('reports %s', (_name, text, expected) => {
    expect(readListFile('people.yaml', 'content/people.yaml', text).problems.map(formatProblem)).toContain(expected);
  });

  it('checks references between the files', () => {
    const files = new Map<ListFileName, ReturnType<typeof readListFile>>([
      ['people.yaml', readListFile('people.yaml', 'content/people.yaml', PEOPLE)],
      [
        'organisations.yaml',
        readListFile(
          'organisations.yaml',
          'content/organisations.yaml',
          '- id: cvs\n  name: CSV\n  kind: voluntary\n  description: A charity.\n  sources:\n    - title: CSV\n      url: https://example.org/\n      publisher: CSV',
        ),
      ],
    ]);
    expect(checkListReferences(files).map(formatProblem)).toEqual([
      'content/people.yaml:4: lucy-de-groot.organisation: "csv" is not an id in content/organisations.yaml. Did you mean "cvs"? Use an id from content/organisations.yaml.',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { chartTable, tableCsv, tableJson, type ChartInputs } from '../../src/lib/charts/chart-tables';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates/partial-date';
import {
  programmeTimeline,
  taggedWith,
  themeCoverage,
  themeFlow,
  themeSummaries,
  themedItems,
  type EventInput,
  type TaggedPost,
  type TaggedPublication,
  type ThemeInput,
} from '../../src/lib/charts/theme-data';
import { sectionsOf } from '../../src/lib/content/publication-sections';

const refs = (...ids: string[]) => ids.map((id) => ({ id }));
const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(iso);
  return parsed;
};

const themes: ThemeInput[] = [
  { id: 'q-whole', data: { label: 'Whole-person solutions', kind: 'question', order: 1, ledTo: [], pointerCount: 4 } },
  { id: 'silos', data: { label: 'Whole person vs silos', kind: 'disconnect', order: 1, ledTo: refs('q-whole') } },
  { id: 'crisis', data: { label: 'Prevention vs crisis', kind: 'disconnect', order: 2, ledTo: refs('q-whole') } },
  { id: 'q-local', data: { label: 'Local leadership', kind: 'question', order: 2, ledTo: [] } },
  { id: 'data', data: { label: 'Data vs stories', kind: 'disconnect', order: 3, ledTo: [] } },
];

const publications: TaggedPublication[] = [
  {
    id: 'year-one',
    data: {
      title: 'Year one report',
      published: date('2013-11'),
      themes: refs('silos', 'crisis'),
      sections: [
        { id: 'silos-section', themes: refs('silos') },
        { id: 'crisis-section', themes: refs('crisis', 'silos') },
      ],
    },
  },
  {
    id: 'year-two',
    data: {
      title: 'Year two report',
      subtitle: 'Two questions',
      published: date('2015-03'),
      themes: [],
      sections: [{ id: 'whole', themes: refs('q-whole') }],
    },
  },
];

/** A post the site published on `day`, summarising an original of `originalDate` (same day by default). */
const post = (id: string, day: string, ...themeIds: string[]): TaggedPost => ({
  id,
  data: {
    title: `Post ${id}`,
    date: new Date(`${day}T00:00:00Z`),
    themes: refs(...themeIds),
    original: { date: date(day) },
  },
});
const posts = [post('a', '2014-05-01', 'silos'), post('b', '2014-06-01', 'silos', 'q-whole')];

const events: EventInput[] = [
  { id: 'launch', data: { date: date('2013-01-17'), label: 'Public launch', kind: 'programme' } },
  { id: 'end', data: { date: date('2015'), label: 'Programme ends', kind: 'programme' } },
];

const headings = (...pairs: [string, string][]) => pairs.map(([slug, text]) => ({ slug, text }));
const sections = [
  ...sectionsOf(
    publications[0]!,
    headings(['silos-section', 'Whole person versus silos'], ['crisis-section', 'Prevention versus crisis']),
  ),
  ...sectionsOf(publications[1]!, headings(['whole', 'Whole-person solutions'])),
];

describe('themeSummaries', () => {
  test('orders disconnects before questions, each by order, and codes them D1…, Q1…', () => {
    expect(themeSummaries(themes).map((theme) => [theme.code, theme.id])).toEqual([
      ['D1', 'silos'],
      ['D2', 'crisis'],
      ['D3', 'data'],
      ['Q1', 'q-whole'],
      ['Q2', 'q-local'],
    ]);
  });
});

describe('themeCoverage', () => {
  const counts = (postList: readonly TaggedPost[]) =>
    Object.fromEntries(
      themeCoverage(themes, sections, postList).map((theme) => [theme.id, [theme.sections, theme.posts, theme.total]]),
    );

  test('counts the sections listing a theme and the posts tagged with it', () => {
    expect(counts(posts)).toEqual({
      silos: [2, 2, 4],
      crisis: [1, 0, 1],
      data: [0, 0, 0],
      'q-whole': [1, 1, 2],
      'q-local': [0, 0, 0],
    });
  });

  test.each([
    ['a post tagged with one theme', post('c', '2015-01-01', 'data'), { data: [0, 1, 1] }],
    [
      'a post tagged with two themes',
      post('d', '2015-01-01', 'crisis', 'q-local'),
      { crisis: [1, 1, 2], 'q-local': [0, 1, 1] },
    ],
  ])('adding %s raises the counts of exactly its themes', (_, added, changed) => {
    expect(counts([...posts, added])).toEqual({ ...counts(posts), ...changed });
  });

  test('a publication-level tag alone does not count as a section', () => {
    const untagged = sectionsOf({ ...publications[0]!, data: { ...publications[0]!.data, sections: [] } }, []);
    expect(themeCoverage(themes, untagged, []).every((theme) => theme.total === 0)).toBe(true);
  });
});

describe('taggedWith', () => {
  test('finds the posts that carry a theme', () => {
    expect(taggedWith('q-whole', posts).map((item) => item.id)).toEqual(['b']);
  });
});

describe('themedItems', () => {
  test('lists sections in publication order with their headings, then posts newest first', () => {
    expect(themedItems(sections, posts).map((item) => [item.kind, item.label, item.href])).toEqual([
      ['section', 'Whole person versus silos', '/publications/year-one/#silos-section'],
      ['section', 'Prevention versus crisis', '/publications/year-one/#crisis-section'],
      ['section', 'Whole-person solutions', '/publications/year-two/#whole'],
      ['post', 'Post b', '/blog/b/'],
      ['post', 'Post a', '/blog/a/'],
    ]);
  });
});

describe('themeFlow', () => {
  test('links each disconnect to the questions it led to, with the pointers given and recorded', () => {
    const flow = themeFlow(themes, [{ data: { question: { id: 'q-whole' } } }]);
    expect(flow.links).toEqual([
      { from: 'silos', to: 'q-whole' },
      { from: 'crisis', to: 'q-whole' },
    ]);
    expect(flow.questions.map((question) => [question.id, question.pointerCount, question.pointersRecorded])).toEqual([
      ['q-whole', 4, 1],
      ['q-local', undefined, 0],
    ]);
  });

  test('ignores a ledTo that names no known theme', () => {
    const stray: ThemeInput = { id: 'x', data: { label: 'X', kind: 'disconnect', order: 9, ledTo: refs('gone') } };
    expect(themeFlow([stray], []).links).toEqual([]);
  });
});

describe('programmeTimeline', () => {
  test('puts publications, events and posts in date order, publications first on a tie', () => {
    const sameMonth: EventInput = {
      id: 'report-event',
      data: { date: date('2013-11'), label: 'Workshop', kind: 'event' },
    };
    expect(
      programmeTimeline([...events, sameMonth], publications, posts).map((entry) => `${entry.kind}:${entry.id}`),
    ).toEqual([
      'event:launch',
      'publication:year-one',
      'event:report-event',
      'post:a',
      'post:b',
      'event:end',
      'publication:year-two',
    ]);
  });

  test("places a post at its original's date, and leaves off one whose original has no month", () => {
    const summary = (id: string, original: string | undefined): TaggedPost => ({
      id,
      data: {
        title: `Post ${id}`,
        date: new Date('2026-11-23T00:00:00Z'),
        themes: refs('silos'),
        original: original ? { date: date(original) } : undefined,
      },
    });
    const timeline = programmeTimeline(
      [],
      [],
      [summary('known', '2013-11'), summary('year', '2014'), summary('none', undefined)],
    );
    expect(timeline.map((entry) => [entry.id, entry.date.iso])).toEqual([['known', '2013-11']]);
  });

  test('leaves out the events that only record a publication, which has its own mark', () => {
    const release: EventInput = {
      id: 'report-out',
      data: { date: date('2013-11'), label: 'Report out', kind: 'publication' },
    };
    expect(programmeTimeline([...events, release], publications, posts).map((entry) => entry.id)).not.toContain(
      'report-out',
    );
  });
});

describe('chart tables, CSV and JSON', () => {
  const inputs: ChartInputs = {
    themes: themeSummaries(themes),
    coverage: themeCoverage(themes, sections, posts),
    items: themedItems(sections, posts),
    flow: themeFlow(themes, []),
    timeline: programmeTimeline(events, publications, posts),
  };

  test('the coverage description names the most and least covered themes and the counting rule', () => {
    expect(chartTable('theme-coverage', inputs).description).toMatchInlineSnapshot(
      `"Bar chart of how many publication sections and posts carry each of the 5 themes. Carried most: Whole person vs silos (2 publication sections and 2 posts). Carried least: Data vs stories and Local leadership (0 publication sections and 0 posts). A publication section counts for a theme when the publication lists the theme for that section; a post counts for the themes it is tagged with."`,
    );
  });

  test('the flow description says which disconnects led where and which led nowhere', () => {
    expect(chartTable('year-one-to-year-two', inputs).description).toMatchInlineSnapshot(
      `"Diagram of how the 3 year-one disconnects narrowed to the 2 year-two questions. Whole person vs silos and Prevention vs crisis led to Whole-person solutions (4 pointers, 0 recorded here). No disconnect led to Local leadership (0 pointers recorded here). Data vs stories led to no year-two question."`,
    );
  });

  test('the CSV has the table’s header and rows, quoting what needs quoting', () => {
    const table = chartTable('theme-coverage', inputs);
    const quoted = { ...table, rows: [{ ...table.rows[0], theme: 'Silos, "departments"' }] };
    expect(tableCsv(quoted)).toBe(
      'Theme,Kind,Publication sections,Posts,Total\r\n"Silos, ""departments""",Year-one disconnect (D1),2,2,4\r\n',
    );
  });

  test('the JSON holds the same rows as plain values', () => {
    const json = JSON.parse(tableJson(chartTable('themes-by-item', inputs))) as { rows: Record<string, unknown>[] };
    expect(json.rows[0]).toEqual({
      item: 'Whole person versus silos',
      type: 'Publication section',
      context: 'Year one report',
      silos: 'Yes',
      crisis: 'No',
      data: 'No',
      'q-whole': 'No',
      'q-local': 'No',
    });
  });
});

import { describe, expect, test } from 'vitest';
import { layoutCoverage } from '../../src/lib/charts/coverage-layout';
import { layoutFlow } from '../../src/lib/charts/flow-layout';
import { layoutMatrix } from '../../src/lib/charts/matrix-layout';
import {
  CHART_WIDTH,
  FONT_SIZE,
  LINE_HEIGHT,
  breakLines,
  dodge,
  fitText,
  lineBaselines,
  textWidth,
} from '../../src/lib/charts/text-fit';
import { layoutTimeline, midpoint } from '../../src/lib/charts/timeline-layout';
import { parsePartialDate } from '../../src/lib/dates/partial-date';
import {
  programmeTimeline,
  themeCoverage,
  themeFlow,
  themeSummaries,
  themedItems,
  type TaggedPost,
  type ThemeInput,
} from '../../src/lib/charts/theme-data';
import type { PublicationSection } from '../../src/lib/content/publication-sections';

/** The real site's shape: five disconnects (long labels) and two questions. */
const LABELS = [
  'Whole person versus departmental silos',
  'Prevention versus crisis response',
  'Long-term outcomes versus short-term targets',
  'Local knowledge versus national rules',
  'Relationships versus transactions',
];
const themes: ThemeInput[] = [
  ...LABELS.map((label, index) => ({
    id: `d${index + 1}`,
    data: { label, kind: 'disconnect' as const, order: index + 1, ledTo: [{ id: index < 3 ? 'q1' : 'q2' }] },
  })),
  { id: 'q1', data: { label: 'Whole-person solutions', kind: 'question', order: 1, ledTo: [], pointerCount: 4 } },
  {
    id: 'q2',
    data: { label: 'Sharing power with communities', kind: 'question', order: 2, ledTo: [], pointerCount: 6 },
  },
];
const sections: PublicationSection[] = themes.map((theme, index) => ({
  publicationId: index < 5 ? 'year-one' : 'year-two',
  publicationTitle: index < 5 ? 'Year one' : 'Year two',
  sectionId: theme.id,
  heading: theme.data.label,
  themeIds: [theme.id],
  href: `/publications/${index < 5 ? 'year-one' : 'year-two'}/#${theme.id}`,
}));
/** 100 posts from 2013 to 2015 (each summarising an original of the same day), tagged with one or two themes. */
const posts: TaggedPost[] = Array.from({ length: 100 }, (_, index) => {
  const date = new Date(Date.UTC(2013, index % 36, 1 + (index % 27)));
  return {
    id: `post-${index}`,
    data: {
      title: `A rapporteur’s account of visit number ${index + 1} to a voluntary organisation`,
      date,
      themes: [{ id: themes[index % 7]!.id }, ...(index % 3 === 0 ? [{ id: 'q1' }] : [])],
      original: { date: parsePartialDate(date.toISOString().slice(0, 10))! },
    },
  };
});

function overlaps(boxes: { y: number; height: number }[]): boolean {
  const sorted = [...boxes].sort((a, b) => a.y - b.y);
  return sorted.some((box, index) => index > 0 && box.y < sorted[index - 1]!.y + sorted[index - 1]!.height);
}

describe('text fitting', () => {
  test('the lines of a broken label sit one line height apart, the first on the baseline given', () => {
    expect(lineBaselines(breakLines('Users as problems, not assets', 120), 40)).toEqual([
      { text: 'Users as', y: 40 },
      { text: 'problems, not', y: 40 + LINE_HEIGHT },
      { text: 'assets', y: 40 + 2 * LINE_HEIGHT },
    ]);
  });

  test.each([
    ['short text is kept', 'Whole person', 200, 'Whole person'],
    ['long text is cut with an ellipsis', 'Whole person versus departmental silos', 120, 'Whole person…'],
  ])('%s', (_, text, width, expected) => {
    expect(fitText(text, width)).toBe(expected);
    expect(textWidth(fitText(text, width))).toBeLessThanOrEqual(width);
  });

  test.each([
    ['breaks at spaces', 'Prevention versus crisis response', 140, ['Prevention', 'versus crisis', 'response']],
    [
      'keeps every word, however many lines it takes',
      'Long-term outcomes versus short-term targets',
      100,
      ['Long-term', 'outcomes', 'versus', 'short-term', 'targets'],
    ],
    ['breaks a long word after its hyphen', 'Whole-person solutions', 90, ['Whole-', 'person', 'solutions']],
    [
      'breaks a word longer than a line between letters',
      'Supercalifragilisticexpialidocious',
      100,
      ['Supercalifr', 'agilisticex', 'pialidociou', 's'],
    ],
  ])('breakLines %s', (_, text, width, expected) => {
    const lines = breakLines(text, width);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
  });

  test('dodge with a list of heights keeps each label clear of the lines above it', () => {
    expect(dodge([0, 10, 20], [40, 20])).toEqual([0, 40, 60]);
  });

  test.each([
    [[10, 12, 50], 19, [10, 29, 50]],
    [[0, 0, 0], 20, [0, 20, 40]],
    [[5, 100], 20, [5, 100]],
  ])('dodge(%j, %i) keeps order and spacing', (positions, gap, expected) => {
    expect(dodge(positions, gap)).toEqual(expected);
  });
});

describe('coverage layout', () => {
  const counts = themeCoverage(themes, sections, posts);
  const layout = layoutCoverage(counts, { highlight: 'q1' });

  test('bars are proportional to the counts and the longest leaves room for its total', () => {
    const top = layout.rows.reduce((best, row) => (row.theme.total > best.theme.total ? row : best));
    const ratio = (row: (typeof layout.rows)[number]) => (row.sectionsWidth + row.postsWidth) / row.theme.total;
    for (const row of layout.rows) expect(ratio(row)).toBeCloseTo(ratio(top));
    expect(top.valueX + textWidth(String(top.theme.total))).toBeLessThanOrEqual(CHART_WIDTH);
  });

  test('rows never overlap, labels are whole and fit, and the page’s theme is named in words', () => {
    const boxes = layout.rows.map((row) => ({
      y: row.labelY - FONT_SIZE,
      height: row.barY + layout.barHeight - row.labelY + FONT_SIZE,
    }));
    expect(overlaps(boxes)).toBe(false);
    for (const row of layout.rows) {
      for (const line of row.lines) expect(textWidth(line)).toBeLessThanOrEqual(CHART_WIDTH);
      expect(row.lines.join(' ')).not.toContain('…');
    }
    expect(layout.rows.filter((row) => row.highlighted).map((row) => row.lines.join(' '))).toEqual([
      'Whole-person solutions (this theme)',
    ]);
    expect(layout.groups.map((group) => group.text)).toEqual(['Year-one disconnects', 'Year-two questions']);
  });
});

describe('themes × items layout', () => {
  const summaries = themeSummaries(themes);
  const items = themedItems(sections, posts);

  test('at 100 posts the posts fold into one row per year, and the counts add up', () => {
    const layout = layoutMatrix(summaries, items);
    expect(layout.folded).toBe(true);
    const folded = layout.rows.filter((row) => row.folded);
    expect(folded.map((row) => row.fullLabel)).toEqual(['28 posts in 2015', '36 posts in 2014', '36 posts in 2013']);
    const carriedQ1 = posts.filter((post) => post.data.themes.some((theme) => theme.id === 'q1')).length;
    expect(
      folded
        .flatMap((row) => row.cells)
        .filter((cell) => cell.themeId === 'q1')
        .reduce((sum, cell) => sum + cell.count, 0),
    ).toBe(carriedQ1);
    expect(layout.rows).toHaveLength(sections.length + 3);
  });

  test('with few posts every post has its own row', () => {
    const layout = layoutMatrix(summaries, themedItems(sections, posts.slice(0, 10)));
    expect(layout.folded).toBe(false);
    expect(layout.rows.filter((row) => row.href?.startsWith('/blog/'))).toHaveLength(10);
  });

  test('rows never overlap, whole labels stay left of the first column, columns fit the width', () => {
    const layout = layoutMatrix(summaries, items, { maxPostRows: 200 });
    expect(overlaps(layout.rows)).toBe(false);
    for (const row of layout.rows) {
      // Nothing is cut: the lines hold every character of the label.
      expect(row.lines.join('').replaceAll(' ', '')).toBe(row.fullLabel.replaceAll(' ', ''));
      for (const line of row.lines) expect(textWidth(line)).toBeLessThanOrEqual(layout.labelWidth - 8);
    }
    // Column headers are the themes' whole labels, upright, with room above the first row.
    for (const column of layout.columns) {
      expect(column.header).toBe(column.theme.label);
      expect(textWidth(column.header)).toBeLessThan(layout.headerHeight);
    }
    const first = layout.columns[0]!;
    expect(first.x - layout.cellSize / 2).toBeGreaterThanOrEqual(layout.labelWidth);
    expect(layout.columns.at(-1)!.x + layout.cellSize / 2).toBeLessThanOrEqual(CHART_WIDTH);
    expect(layout.columns.map((column) => column.theme.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'Q1', 'Q2']);
  });
});

describe('year one to year two layout', () => {
  const layout = layoutFlow(themeFlow(themes, [{ data: { question: { id: 'q1' } } }]));

  test('draws one curve per link and no two boxes overlap', () => {
    expect(layout.links).toHaveLength(5);
    expect(overlaps(layout.disconnects)).toBe(false);
    expect(overlaps(layout.questions)).toBe(false);
    for (const node of [...layout.disconnects, ...layout.questions]) {
      for (const line of node.lines) expect(textWidth(line)).toBeLessThanOrEqual(node.width - 16);
      expect(node.x + node.width).toBeLessThanOrEqual(CHART_WIDTH);
    }
  });

  test('each question shows one dot per pointer, filled for those recorded here, inside its box', () => {
    const [q1, q2] = layout.questions;
    expect(q1!.pointers.map((dot) => dot.recorded)).toEqual([true, false, false, false]);
    expect(q2!.pointers).toHaveLength(6);
    for (const question of layout.questions) {
      for (const dot of question.pointers) {
        expect(dot.cx + 5).toBeLessThanOrEqual(question.x + question.width);
        expect(dot.cy + 5).toBeLessThanOrEqual(question.y + question.height);
      }
    }
    expect(layout.legend.unrecordedY).toBeLessThanOrEqual(layout.height);
  });
});

describe('timeline layout', () => {
  const event = (id: string, iso: string) => ({
    id,
    data: { date: parsePartialDate(iso)!, label: `Event on ${iso} with a long descriptive label`, kind: 'programme' },
  });
  const events = [event('a', '2013-01-17'), event('b', '2013-01-20'), event('c', '2013-01'), event('d', '2014')];
  const layout = layoutTimeline(programmeTimeline(events, [], posts));

  test('covers 2012 to 2015 with a tick per year', () => {
    expect(layout.years.map((year) => year.year)).toEqual([2012, 2013, 2014, 2015]);
  });

  test('labels of events close in time never overlap and stay inside the chart', () => {
    const ys = layout.marks.map((mark) => mark.labelY);
    ys.slice(1).forEach((y, index) =>
      expect(y - ys[index]!).toBeGreaterThanOrEqual(LINE_HEIGHT * layout.marks[index]!.lines.length),
    );
    for (const mark of layout.marks) {
      expect(mark.lines.join(' ')).toBe(mark.entry.label);
      for (const line of mark.lines) expect(layout.labelX + textWidth(line)).toBeLessThanOrEqual(CHART_WIDTH);
    }
    expect(Math.max(...ys)).toBeLessThanOrEqual(layout.height);
  });

  test('100 posts become one mark per month, holding every post', () => {
    expect(layout.postMonths).toHaveLength(36);
    expect(layout.postMonths.reduce((sum, month) => sum + month.entries.length, 0)).toBe(100);
    const gaps = layout.postMonths.slice(1).map((month, index) => month.y - layout.postMonths[index]!.y);
    const widest = Math.max(...layout.postMonths.map((month) => month.radius));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(widest * 1.5);
  });

  test.each([
    ['2013-01-17', '2013-01-17'],
    ['2013-11', '2013-11-16'],
    ['2014', '2014-07-02'],
  ])('a date of %s sits at the middle of its period (%s)', (iso, expected) => {
    expect(midpoint(parsePartialDate(iso)!).toISOString().slice(0, 10)).toBe(expected);
  });
});

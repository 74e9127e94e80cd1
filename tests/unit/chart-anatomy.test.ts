import { describe, expect, test } from 'vitest';
import { coverageAnatomy, flowAnatomy, matrixAnatomy, timelineAnatomy } from '../../src/lib/charts/chart-anatomy';
import { parsePartialDate } from '../../src/lib/dates/partial-date';
import type { ThemeCount, ThemeFlow, ThemeSummary, ThemedItem, TimelineEntry } from '../../src/lib/charts/theme-data';

const summary = (id: string, label: string, kind: 'disconnect' | 'question', order: number): ThemeSummary => ({
  id,
  label,
  kind,
  order,
  code: `${kind === 'disconnect' ? 'D' : 'Q'}${order}`,
  href: `/themes/${id}/`,
});
const whole = summary('whole-person', 'Whole person vs silos', 'disconnect', 1);
const churn = summary('policy-churn', 'Policy churn', 'disconnect', 2);
const assets = summary('service-user-assets', 'Service users as assets', 'question', 2);

const count = (theme: ThemeSummary, sections: number, posts: number): ThemeCount => ({
  ...theme,
  sections,
  posts,
  total: sections + posts,
});
const item = (id: string, kind: 'section' | 'post', context: string, themeIds: string[]): ThemedItem => ({
  id,
  kind,
  label: id,
  context,
  date: undefined,
  href: `/${id}/`,
  themeIds,
});
const items = [
  item('Commissioning: what works', 'section', 'Connecting Policy with Practice', ['whole-person']),
  item('Paying attention to users', 'section', 'Mind the gap', ['whole-person', 'service-user-assets']),
  item('Dharmendra Kanani’s guest post', 'post', '17 January 2013', ['policy-churn']),
  item('The site’s editors: a note', 'post', '1 May 2014', []),
];

describe('chart titles state the finding, worked out from the data', () => {
  test('coverage: the theme carried most, with its count', () => {
    const anatomy = coverageAnatomy([count(whole, 2, 3), count(churn, 1, 1), count(assets, 0, 4)], items);
    expect(anatomy.title).toBe(
      'Whole person vs silos is the theme the content addresses most, in 5 sections and posts',
    );
    expect(anatomy.source).toBe('Source: the theme tags of 2 sections in 2 publications and of 2 posts on this site.');
  });

  test('coverage: a tie names every leader', () => {
    expect(coverageAnatomy([count(whole, 1, 1), count(churn, 2, 0)], items).title).toBe(
      'Whole person vs silos and Policy churn are the themes the content addresses most, in 2 sections and posts',
    );
  });

  test('matrix: the theme that runs through most items, and a note for untagged items', () => {
    const anatomy = matrixAnatomy([whole, churn, assets], items, { folded: false });
    expect(anatomy.title).toBe('Whole person vs silos runs through 2 of the 4 sections and posts');
    expect(anatomy.notes).toContain('1 item carries no theme and shows an empty row.');
  });

  test('flow: the numbers of disconnects and questions in words', () => {
    const flow: ThemeFlow = {
      disconnects: [whole, churn],
      questions: [{ ...assets, pointerCount: 4, pointersRecorded: 1 }],
      links: [{ from: 'whole-person', to: 'service-user-assets' }],
    };
    const anatomy = flowAnatomy(flow);
    expect(anatomy.title).toBe('Two year-one disconnects narrowed to one year-two question');
    expect(anatomy.notes[0]).toBe('One of the two disconnects leads to a question by an arrow.');
  });

  test('timeline: the busiest year, counted from the dates', () => {
    const entry = (id: string, iso: string, kind: TimelineEntry['kind']): TimelineEntry => ({
      id,
      kind,
      date: parsePartialDate(iso)!,
      label: id,
      href: `/${id}/`,
    });
    const anatomy = timelineAnatomy([
      entry('launch', '2013-01-17', 'event'),
      entry('report', '2013-11', 'publication'),
      entry('post', '2014-05-01', 'post'),
    ]);
    expect(anatomy.title).toBe('2013 was the busiest year, with 2 of the 3 dated items');
    expect(anatomy.subtitle).toContain('1 publication, 1 event and 1 post');
  });
});

import { describe, expect, it } from 'vitest';
import { chartTable, type ChartInputs } from '../../src/lib/charts/chart-tables';
import { MAX_POST_ROWS, blogPageHref, pageTable } from '../../src/lib/charts/page-tables';
import type { ThemedItem, TimelineEntry } from '../../src/lib/charts/theme-data';

const themes: ChartInputs['themes'] = [
  { id: 'evidence', code: 'D1', label: 'Evidence', kind: 'disconnect', href: '/themes/evidence/' },
  { id: 'people', code: 'Q1', label: "The site's editors", kind: 'question', href: '/themes/people/' },
] as ChartInputs['themes'];

function post(index: number, year: number): ThemedItem {
  return {
    id: `post-${index}`,
    kind: 'post',
    label: `Lucy de Groot: post ${index}`,
    context: `${year}`,
    date: new Date(`${year}-03-01T00:00:00Z`),
    href: `/blog/post-${index}/`,
    themeIds: index % 2 === 0 ? ['evidence'] : ['evidence', 'people'],
  };
}

function inputs(posts: number): ChartInputs {
  const items = [
    {
      id: 's1',
      kind: 'section',
      label: 'Whole-person solutions',
      context: 'Year one',
      date: undefined,
      href: '/publications/y1/#s1',
      themeIds: ['evidence'],
    } satisfies ThemedItem,
    ...Array.from({ length: posts }, (_, index) => post(index, index < posts / 2 ? 2015 : 2014)),
  ];
  const timeline: TimelineEntry[] = items
    .filter((item) => item.kind === 'post')
    .map((item) => ({
      id: item.id,
      kind: 'post',
      date: { iso: item.date!.toISOString().slice(0, 10), precision: 'day', start: item.date! },
      label: item.label,
      href: item.href,
    }));
  return { themes, coverage: [], items, flow: { disconnects: [], questions: [], links: [] }, timeline };
}

describe('pageTable', () => {
  it('keeps every row while the posts are few', () => {
    const data = inputs(MAX_POST_ROWS);
    const table = chartTable('themes-by-item', data);
    expect(pageTable(table, data)).toBe(table);
  });

  it('counts the posts per year past that, each year linked to the blog page where it begins', () => {
    const data = inputs(120);
    const table = pageTable(chartTable('themes-by-item', data), data);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[1]).toMatchObject({
      item: { text: '60 posts in 2015', href: '/blog/' },
      evidence: 60,
      people: 30,
    });
    expect(table.rows[2]).toMatchObject({ item: { text: '60 posts in 2014', href: '/blog/7/' } });
  });

  it('gives the timeline table as many rows at 3,000 posts as at 300', () => {
    const rows = (posts: number) => pageTable(chartTable('programme-timeline', inputs(posts)), inputs(posts)).rows;
    expect(rows(3000)).toHaveLength(rows(300).length);
  });

  it('leaves the other charts alone', () => {
    const data = inputs(120);
    const table = chartTable('theme-coverage', data);
    expect(pageTable(table, data)).toBe(table);
  });
});

describe('blogPageHref', () => {
  it('is the first page for the newest posts and counts pages of ten after that', () => {
    expect(blogPageHref(0, 10)).toBe('/blog/');
    expect(blogPageHref(9, 10)).toBe('/blog/');
    expect(blogPageHref(25, 10)).toBe('/blog/3/');
  });
});

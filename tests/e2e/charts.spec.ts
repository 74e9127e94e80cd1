import { expect, test, type Locator, type Page } from '@playwright/test';
import { CHART_IDS, type ChartId } from '../../src/lib/charts/chart-tables';
import { axeViolations } from './support/axe';
import { coverageFromFiles, themes } from './support/content';
import { firstPage } from '../../scripts/lib/built-site';

/** Where each chart is shown, and its title (the SVG's accessible name). */
const CHART_PAGES: Record<string, { path: string; charts: ChartId[] }> = {
  home: { path: '/', charts: ['year-one-to-year-two'] },
  'themes overview': { path: '/themes/', charts: ['theme-coverage', 'year-one-to-year-two', 'themes-by-item'] },
  theme: { path: firstPage('/themes/'), charts: ['theme-coverage'] },
  about: { path: '/about/', charts: ['programme-timeline'] },
};
const PAGE_OF: Record<ChartId, string> = {
  'theme-coverage': '/themes/',
  'year-one-to-year-two': '/themes/',
  'themes-by-item': '/themes/',
  'programme-timeline': '/about/',
};

function figure(page: Page, id: ChartId): Locator {
  return page.getByRole('figure').filter({ has: page.locator(`[id="${id}-heading"]`) });
}

/** The table's cells, row by row, as text (whether or not its <details> is open). */
async function tableCells(table: Locator): Promise<string[][]> {
  // Element selectors, not roles: the table may sit in a closed <details>, hidden from roles.
  const cells: string[][] = [];
  for (const row of await table.locator('tr').all()) {
    cells.push((await row.locator('th, td').allTextContents()).map((text) => text.trim()));
  }
  return cells;
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) {
      field += char;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    }
  }
  return rows;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [name, { path, charts }] of Object.entries(CHART_PAGES)) {
    test(`the ${name} page has each chart as a named, described picture with its data table`, async ({ page }) => {
      await page.goto(path);
      for (const id of charts) {
        const chart = figure(page, id);
        const heading = (await chart.getByRole('heading').textContent()) ?? '';
        const picture = chart.getByRole('img', { name: heading });
        await expect(picture).toBeVisible();
        await expect(picture).toHaveAccessibleDescription(/\w+ \w+/);
        await chart.getByText('Show the data as a table').click();
        const table = chart.getByRole('table', { name: `${heading}: the data` });
        await expect(table).toBeVisible();
        expect((await tableCells(table)).length).toBeGreaterThan(1);
      }
    });
  }

  test('the coverage table gives the counts made from the content files', async ({ page }) => {
    await page.goto('/themes/');
    const expected = coverageFromFiles();
    const labels = new Map(themes().map((theme) => [theme.label, theme.id]));
    const [header, ...rows] = await tableCells(
      figure(page, 'theme-coverage').getByRole('table', { includeHidden: true }),
    );
    expect(header).toEqual(['Theme', 'Kind', 'Publication sections', 'Posts', 'Total']);
    expect(rows).toHaveLength(expected.size);
    for (const [label, , sections, posts, total] of rows) {
      const counts = expected.get(labels.get(label!) ?? '');
      expect(counts, `a row for the theme "${label}"`).toBeDefined();
      expect([Number(sections), Number(posts), Number(total)]).toEqual([
        counts!.sections,
        counts!.posts,
        counts!.sections + counts!.posts,
      ]);
    }
  });

  test('a theme in the coverage chart is a link to its page', async ({ page }) => {
    await page.goto('/');
    const [first] = themes();
    await page
      .getByRole('group', { name: /^Links in/ })
      .getByRole('link', { name: first!.label })
      .click();
    await expect(page).toHaveURL(new RegExp(`/themes/${first!.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.label);
  });

  for (const id of CHART_IDS) {
    test(`the ${id} CSV and JSON downloads hold exactly the rows of its table`, async ({ page, request }) => {
      await page.goto(PAGE_OF[id]);
      const chart = figure(page, id);
      const shown = await tableCells(chart.getByRole('table', { includeHidden: true }));
      const csvLink = chart.getByRole('link', { name: /^CSV/ });
      const csv = await request.get((await csvLink.getAttribute('href'))!);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const parsed = parseCsv(await csv.text());
      expect(parsed).toEqual(shown);
      const json = (await (
        await request.get((await chart.getByRole('link', { name: /^JSON/ }).getAttribute('href'))!)
      ).json()) as { columns: { key: string; label: string }[]; rows: Record<string, string | number>[] };
      expect([
        json.columns.map((column) => column.label),
        ...json.rows.map((row) => json.columns.map((column) => String(row[column.key]))),
      ]).toEqual(parsed);
    });
  }
});

test('a chart mark reached with Tab shows its tooltip, and Escape hides it', async ({ page }) => {
  await page.goto('/themes/');
  const chart = figure(page, 'theme-coverage');
  const firstTheme = chart.getByRole('table', { includeHidden: true }).locator('tbody tr th a').first();
  const [href, label] = [await firstTheme.getAttribute('href'), await firstTheme.textContent()];
  // Start from the chart's heading (made focusable for the test), as a reader tabbing down the page would.
  await chart.getByRole('heading').evaluate((heading: HTMLElement) => {
    heading.tabIndex = -1;
    heading.focus();
  });
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', href!);
  const tooltip = chart.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(label!);
  await expect(tooltip).toContainText(/\d+ publication sections? and \d+ posts?/);
  await expect(focused).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [name, { path }] of Object.entries(CHART_PAGES)) {
      test(`axe passes on the ${name} page with its data tables open and a tooltip shown`, async ({ page }) => {
        await page.goto(path);
        for (const summary of await page.getByText('Show the data as a table').all()) await summary.click();
        await page
          .getByRole('group', { name: /^Links in/ })
          .first()
          .getByRole('link')
          .first()
          .focus();
        await expect(page.getByRole('tooltip').first()).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

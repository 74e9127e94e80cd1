/**
 * The PDFs of the fixture's publications (`npm run build:e2e-fixture` prints them): they exist, open,
 * carry the title and the first heading as text, and the publication page links them with their size.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { FIXTURE_DIST, PUBLICATIONS } from './support/fixture-site';

for (const { path, title, contents } of PUBLICATIONS) {
  test(`the publication ${path} downloads as a PDF with its title and headings`, async ({ page }) => {
    await page.goto(path);
    const link = page.getByRole('link', { name: /^Download this publication \(PDF, [\d.]+ [KM]B\)$/ });
    await expect(link, 'the page links its PDF (npm run build:e2e-fixture prints it)').toBeVisible();
    const href = (await link.getAttribute('href'))!;

    expect(href).toBe(`${path}${path.split('/')[2]}.pdf`);
    const file = join(FIXTURE_DIST, href);
    const bytes = statSync(file).size;
    const stated = /\(PDF, ([\d.]+) ([KM]B)\)/.exec((await link.textContent())!)!;
    const statedBytes = Number(stated[1]) * (stated[2] === 'MB' ? 1024 * 1024 : 1024);
    expect(Math.abs(statedBytes - bytes) / bytes, 'the stated size is the file size, rounded').toBeLessThan(0.05);

    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
    expect(pdf.numPages).toBeGreaterThan(1);
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first()).toHaveText(
      contents[0]!.heading,
    );
    expect(flat).toContain(title);
    expect(flat).toContain(contents[0]!.heading);
    expect(flat, 'the PDF gives the address of the online version').toContain(path);
  });
}

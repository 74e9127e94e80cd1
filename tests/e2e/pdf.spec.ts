/**
 * The PDFs of the publications (`npm run build:pdf` after the build): they exist, open, carry the
 * title and the first heading as text, and the publication page links them with their size.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { builtPages, DIST } from '../../scripts/lib/built-site';

const publicationPages = builtPages().filter((path) => /^\/publications\/[^/]+\/$/.test(path));

for (const path of publicationPages) {
  test(`the publication ${path} downloads as a PDF with its title and headings`, async ({ page }) => {
    await page.goto(path);
    const link = page.getByRole('link', { name: /^Download this publication \(PDF, [\d.]+ [KM]B\)$/ });
    await expect(link, 'the page links its PDF (run "npm run build:pdf" after the build)').toBeVisible();
    const href = (await link.getAttribute('href'))!;

    const file = join(DIST, href);
    const bytes = statSync(file).size;
    const stated = /\(PDF, ([\d.]+) ([KM]B)\)/.exec((await link.textContent())!)!;
    const statedBytes = Number(stated[1]) * (stated[2] === 'MB' ? 1024 * 1024 : 1024);
    expect(Math.abs(statedBytes - bytes) / bytes, 'the stated size is the file size, rounded').toBeLessThan(0.05);

    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
    expect(pdf.numPages).toBeGreaterThan(1);
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const firstHeading = (await page
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('link')
      .first()
      .textContent())!;
    expect(flat).toContain(title);
    expect(flat).toContain(firstHeading.trim());
    expect(flat, 'the PDF gives the address of the online version').toContain(new URL(page.url()).pathname);
  });
}

test('the site has publications, so the PDF checks above ran', () => {
  expect(publicationPages.length).toBeGreaterThan(0);
});

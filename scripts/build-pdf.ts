/**
 * `npm run build:pdf`: prints every publication of the built site (dist/) to a PDF with Chromium,
 * using the site's own print stylesheet, then links each PDF from its page with its size.
 *
 * Runs after `npm run build` (in `npm test`, so in CI, and in the deploy workflow). The PDF is:
 * a title page (the page header, with the publisher and the online address: PrintTitlePage), the
 * contents on a page of their own with links to the sections, the text with its footnotes and
 * sources, a running header with the title and a footer with the page number and the address.
 *
 * Why the link is written in afterwards rather than by the page: the PDF can only be printed from
 * the built page, and where there is no browser there is no PDF. Each publication page leaves a
 * marker comment; this script puts the link there once the file exists. With no browser it says
 * so, prints nothing and links nothing, and exits 0: the plain build never depends on a browser.
 *
 * Usage: npm run build:pdf [-- <dist folder>]
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PDF_LINK_MARKER, pdfLinkHtml, withPdfLink } from '../src/lib/pdf/pdf-link';
import { chromiumExecutable } from './lib/browser';
import { startStaticServer } from './lib/static-server';
import { publicationPdfHref } from '../src/lib/routes';

const DIST = process.argv[2] ?? 'dist';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Header and footer are drawn by Chromium outside the page, so they carry their own styles. */
const templateStyle = 'font: 8pt system-ui, sans-serif; color: #484949; width: 100%; margin: 0 1.8cm;';

function headerTemplate(title: string): string {
  return `<div style="${templateStyle} text-align: start;">${escapeHtml(title)}</div>`;
}

function footerTemplate(url: string): string {
  return (
    `<div style="${templateStyle} display: flex; justify-content: space-between;">` +
    `<span>${escapeHtml(url)}</span>` +
    `<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

/** The publication pages of the build: those that carry the PDF link's marker. */
function publicationSlugs(): string[] {
  const folder = join(DIST, 'publications');
  if (!existsSync(folder))
    throw new Error(`No built site in ${DIST}/: run "npm run build" before "npm run build:pdf".`);
  return readdirSync(folder).filter((slug) => {
    const page = join(folder, slug, 'index.html');
    return existsSync(page) && readFileSync(page, 'utf8').includes(PDF_LINK_MARKER);
  });
}

function browserOrNothing(): { executablePath?: string } | undefined {
  try {
    const executablePath = chromiumExecutable();
    return executablePath ? { executablePath } : {};
  } catch (error) {
    console.warn(`build:pdf: ${(error as Error).message}`);
    console.warn('build:pdf: skipping the PDFs; the publication pages link none.');
    return undefined;
  }
}

async function main(): Promise<void> {
  const slugs = publicationSlugs();
  const launch = browserOrNothing();
  if (!launch || slugs.length === 0) return;

  const server = await startStaticServer(DIST, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ ...launch, args: ['--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    for (const slug of slugs) {
      const started = performance.now();
      await page.goto(`${origin}/publications/${slug}/`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const title = (await page.locator('h1').first().textContent())?.trim() ?? slug;
      const onlineUrl = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      const pdfPath = publicationPdfHref(slug);
      await page.pdf({
        path: join(DIST, pdfPath),
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(title),
        footerTemplate: footerTemplate(onlineUrl),
        outline: true,
        tagged: true,
      });

      const bytes = statSync(join(DIST, pdfPath)).size;
      const htmlPath = join(DIST, 'publications', slug, 'index.html');
      const linked = withPdfLink(readFileSync(htmlPath, 'utf8'), pdfLinkHtml(pdfPath, bytes));
      if (linked) writeFileSync(htmlPath, linked);
      console.log(`build:pdf: ${pdfPath} (${bytes} bytes, ${Math.round(performance.now() - started)} ms)`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();

import { describe, expect, it } from 'vitest';
import { formatFileSize, PDF_LINK_MARKER, pdfLinkHtml, withPdfLink } from '../../src/lib/pdf/pdf-link';

describe('formatFileSize', () => {
  it.each([
    [200, '1 KB'],
    [245_760, '240 KB'],
    [1_048_575, '1024 KB'],
    [1_258_291, '1.2 MB'],
    [15 * 1024 * 1024, '15 MB'],
  ])('%d bytes read as %s', (bytes, label) => {
    expect(formatFileSize(bytes)).toBe(label);
  });
});

describe('withPdfLink', () => {
  const page = `<header><h1>Report</h1>${PDF_LINK_MARKER}<details>cite</details></header>`;

  it('puts the link, with format and size in its name, after the marker', () => {
    expect(withPdfLink(page, pdfLinkHtml('/publications/x/x.pdf', 245_760))).toMatchInlineSnapshot(
      `"<header><h1>Report</h1><!-- cpp:pdf-link --><p class="pdf-link" data-print="hide" data-pagefind-ignore><a href="/publications/x/x.pdf" download>Download this publication (PDF, 240 KB)</a></p><details>cite</details></header>"`,
    );
  });

  it('replaces the link of an earlier run instead of adding a second', () => {
    const once = withPdfLink(page, pdfLinkHtml('/x.pdf', 2048))!;
    const twice = withPdfLink(once, pdfLinkHtml('/x.pdf', 4096))!;
    expect(twice.match(/class="pdf-link"/g)).toHaveLength(1);
    expect(twice).toContain('(PDF, 4 KB)');
  });

  it('leaves pages without the marker alone', () => {
    expect(withPdfLink('<p>Not a publication</p>', pdfLinkHtml('/x.pdf', 1))).toBeUndefined();
  });
});

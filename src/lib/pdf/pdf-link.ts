/**
 * The publication page's link to its PDF. The PDFs are printed from the built pages (so they come
 * after the HTML build), and a browser may not be there to print them; so the page renders only a
 * marker comment, and `scripts/build-pdf.ts` puts the link in once the file exists. Without a
 * browser nothing is inserted and no page links to a missing file.
 */

/** The comment the publication page leaves where the link goes. */
export const PDF_LINK_MARKER = '<!-- cpp:pdf-link -->';

/**
 * A file size as readers see it: "240 KB", "1.2 MB" (1 KB = 1,024 bytes, as file managers show).
 * @example formatFileSize(245_760) // "240 KB"
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The link, its format and size in its name so a screen reader announces them with it. */
export function pdfLinkHtml(href: string, bytes: number): string {
  return (
    `<p class="pdf-link" data-print="hide" data-pagefind-ignore>` +
    `<a href="${escapeHtml(href)}" download>Download this publication (PDF, ${formatFileSize(bytes)})</a></p>`
  );
}

/**
 * The page with the link after its marker, replacing a link an earlier run put there. Returns
 * `undefined` when the page has no marker (it is not a publication page).
 */
export function withPdfLink(html: string, linkHtml: string): string | undefined {
  const at = html.indexOf(PDF_LINK_MARKER);
  if (at < 0) return undefined;
  const after = at + PDF_LINK_MARKER.length;
  const rest = html.slice(after).replace(/^<p class="pdf-link"[^>]*>.*?<\/p>/s, '');
  return `${html.slice(0, after)}${linkHtml}${rest}`;
}

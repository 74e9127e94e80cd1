/** Plain-text tables for the terminal: each column padded to its widest cell. */

/**
 * A table with a header row and a rule under it; the columns listed in `alignRight` (figures)
 * are right-aligned, the rest left-aligned. Trailing spaces are trimmed.
 * @example formatTable(['Posts', 'Time'], [['100', '4.2 s']], [0, 1])
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  alignRight: readonly number[] = [],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    widths
      .map((width, column) =>
        alignRight.includes(column) ? (cells[column] ?? '').padStart(width) : (cells[column] ?? '').padEnd(width),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

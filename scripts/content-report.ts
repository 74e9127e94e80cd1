/**
 * Writes the content check's Markdown report (scripts/lib/content-report.ts) to standard output.
 * Usage: `tsx scripts/content-report.ts <file with the check's output> <the check's exit code>`.
 */
import { readFileSync } from 'node:fs';
import { contentReport } from './lib/content-report';

const [file, code] = process.argv.slice(2);
if (!file || code === undefined || !/^\d+$/.test(code)) {
  console.error('Usage: tsx scripts/content-report.ts <check output file> <exit code>');
  process.exit(2);
}
process.stdout.write(contentReport(readFileSync(file, 'utf8'), Number(code)));

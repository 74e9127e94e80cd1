import { describe, expect, test } from 'vitest';
import { contentReport, inert, problemsIn } from '../../scripts/lib/content-report';

const FAILED = [
  'content/posts/lucy-de-groot-on-the-pairs.mdx:4: authors[0]: "lucy-de-grot" is not a known author. Did you mean "lucy-de-groot"? Use an id from content/people.yaml.',
  'content/posts/lucy-de-groot-on-the-pairs.mdx:2: title: The title "Policy: a practice" is 212 characters long. Keep it under 100.',
  'content/posts/the-site-s-editors.mdx:14: body: An image has no alt text. Describe the picture between the square brackets.',
  '::error file=content/posts/the-site-s-editors.mdx,line=14,title=body::An image has no alt text.',
  '',
  'Found 3 problems in 2 files. Checked 41 files in 0.4 s.',
  'CONTRIBUTING.md explains every field, and how to preview a post with "npm run dev".',
].join('\n');

describe('problemsIn', () => {
  test('reads each problem line, with titles that contain colons, and skips annotations and the summary', () => {
    expect(problemsIn(FAILED)).toEqual([
      expect.objectContaining({ file: 'content/posts/lucy-de-groot-on-the-pairs.mdx', line: 4, field: 'authors[0]' }),
      expect.objectContaining({
        line: 2,
        field: 'title',
        text: 'The title "Policy: a practice" is 212 characters long. Keep it under 100.',
      }),
      expect.objectContaining({ file: 'content/posts/the-site-s-editors.mdx', line: 14, field: 'body' }),
    ]);
  });
});

describe('contentReport', () => {
  test('lists every problem, file by file, in plain words', () => {
    const report = contentReport(FAILED, 1);
    expect(report).toMatch(/^### Content check: 3 problems to fix\n/);
    expect(report).toContain(
      '#### content/posts/lucy-de-groot-on-the-pairs.mdx\n\n- Line 4 (authors\\[0\\]): "lucy-de-grot" is not a known author.',
    );
    expect(report).toContain('- Line 14 (body): An image has no alt text.');
    expect(report).toContain('Found 3 problems in 2 files.');
    expect(report).not.toContain('::error');
  });

  test('says so when there is nothing to fix', () => {
    expect(contentReport('No problems found. Checked 41 files in 0.3 s.\n', 0)).toBe(
      '### Content check: no problems found\n\nNo problems found. Checked 41 files in 0.3 s.\n',
    );
  });

  test('says plainly that the check stopped, rather than that all is well, when it crashed', () => {
    const report = contentReport(
      "TypeError: Cannot read properties of undefined (reading 'data')\n    at x (y.ts:1:1)\n",
      134,
    );
    expect(report).toContain('it stopped before it could finish');
    expect(report).toContain('code 134');
    expect(report).not.toContain('TypeError');
  });
});

describe('inert', () => {
  test.each([
    ['[click](https://evil.example)', '\\[click\\]\\(https://evil.example\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['@everyone look', '@\u200beveryone look'],
    ['# Heading', '\\# Heading'],
    ['a | table | row', 'a \\| table \\| row'],
    ['`code`', '\\`code\\`'],
    ['Lucy de Groot: the pairs', 'Lucy de Groot: the pairs'],
  ])('%j → %j', (text, expected) => {
    expect(inert(text)).toBe(expected);
  });
});

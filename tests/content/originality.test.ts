/**
 * The site's prose must be our own words: the shared originality tool flags any run of ten or more
 * words that also stands in a source document. The tool and the sources live in ../shared beside
 * this repository (as in CI); without them the check cannot run, and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TOOL = resolve('../shared/tools/originality.mjs');
const present = existsSync(TOOL);

if (!present) console.warn(`originality: ${TOOL} is not here, so the copied-text check is skipped.`);

describe('originality', () => {
  it.skipIf(!present)('no run of words in content/ or src/ is copied from the source documents', () => {
    let output: string;
    let status = 0;
    try {
      output = execFileSync(process.execPath, [TOOL, 'content', 'src'], { encoding: 'utf8' });
    } catch (error) {
      const failure = error as { status: number; stdout: string };
      status = failure.status;
      output = failure.stdout;
    }
    expect(output, output).toMatch(/^originality: no run of \d+\+ words copied/m);
    expect(status).toBe(0);
  });
});

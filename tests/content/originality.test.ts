/**
 * The site's prose must be our own words: no run of ten or more words may also stand in a source
 * document. The sources live in ../shared beside the clone (as on the project's CI machine), not on
 * GitHub Actions; there the check runs against their fingerprints, kept in source-fingerprints.txt.
 * Beside the sources, the shared tool runs too, and the fingerprints must match the sources: after a
 * source changes, `npx vitest run --project unit tests/content -u` writes them again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedRuns, fingerprints, RUN, sourceFingerprintFile, textFilesUnder } from '../support/originality';

const SHARED = resolve('../shared');
const TOOL = `${SHARED}/tools/originality.mjs`;
const FINGERPRINTS = 'tests/content/source-fingerprints.txt';

describe('originality', () => {
  it('no run of words in content/ or src/ matches a fingerprint of the source documents', () => {
    const known = new Set(readFileSync(FINGERPRINTS, 'utf8').split('\n').filter(Boolean));
    expect(known.size, `${FINGERPRINTS} holds no fingerprints.`).toBeGreaterThan(1000);
    const copied = ['content', 'src'].flatMap((dir) =>
      textFilesUnder(dir).flatMap((file) => copiedRuns(file, readFileSync(file, 'utf8'), known)),
    );
    expect(copied, `These lines repeat ${RUN}+ words of a source: rewrite them in your own words.`).toEqual([]);
  });

  it('finds a copied run inside a line, across a line break and whatever the case', () => {
    const source = 'The pairs met each month to talk about what worked in their own places and why.';
    const print = new Set(fingerprints([source]));
    const post = `---\ntitle: ${source}\n---\nIn short, the PAIRS MET each month to talk about\nwhat worked in their own places.`;
    expect(copiedRuns('post.mdx', post, print)).toEqual(['post.mdx:4']);
    expect(copiedRuns('post.mdx', 'The pairs met every month and talked.', print)).toEqual([]);
  });

  it('the fingerprints are those of ../shared/sources, and the shared tool finds nothing copied', async () => {
    if (!existsSync(TOOL)) {
      // Only GitHub's runners lack ../shared; anywhere else a missing folder would hide the check.
      expect(process.env['GITHUB_ACTIONS'], `${SHARED} is missing: clone the project beside ../shared.`).toBe('true');
      return;
    }
    await expect(sourceFingerprintFile(`${SHARED}/sources`)).toMatchFileSnapshot('source-fingerprints.txt');
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

/**
 * `npm run check:content` as a writer runs it, in a child process: a file that attacks the YAML
 * parser still ends the run with plain lines and exit status 1. The checks themselves are unit-tested
 * in tests/unit/content-hostile-data.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { materialiseFixture } from '../support/fixtures';
import { aliasBomb } from '../support/hostile-yaml';

const dir = materialiseFixture('good-post');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check:content on a file that attacks the YAML parser', () => {
  it('leaves with plain lines and exit 1 on an alias bomb', () => {
    writeFileSync(join(dir, 'findings.yaml'), `${aliasBomb('x')}\n`);
    // A hang is a failure too: the run is stopped long before the test's own time runs out.
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', dir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(1);
    expect(result.stdout).toMatch(/findings\.yaml:1: file: The file cannot be read: Anchors/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

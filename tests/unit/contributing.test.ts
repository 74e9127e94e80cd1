import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as load } from 'yaml';
import { describe, expect, it } from 'vitest';
import { currentIdList, idListMarkdown } from '../../scripts/lib/id-list';

const CONTENT_DIR = 'content';

describe('CONTRIBUTING.md', () => {
  it(`lists exactly the theme and author ids of ${CONTENT_DIR}/`, () => {
    const read = (name: string) => load(readFileSync(join(CONTENT_DIR, name), 'utf8')) as never[];
    const expected = idListMarkdown(read('themes.yaml'), read('people.yaml'));
    const listed = currentIdList(readFileSync('CONTRIBUTING.md', 'utf8'));
    expect(
      listed,
      `CONTRIBUTING.md's list of ids is out of date: run "npx tsx scripts/contributing-ids.ts ${CONTENT_DIR}".`,
    ).toBe(expected);
  });

  it('documents every command it tells a rapporteur to run', () => {
    const guide = readFileSync('CONTRIBUTING.md', 'utf8');
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
    const mentioned = [...guide.matchAll(/npm run ([\w:]+)/g)].map((match) => match[1]);
    expect(mentioned.length).toBeGreaterThan(0);
    for (const script of mentioned) expect(scripts, `"npm run ${script}" in CONTRIBUTING.md`).toContain(script);
  });
});

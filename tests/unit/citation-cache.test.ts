import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citationKey } from '../../src/lib/citations/citation-cache';
import { citeApa, citeHarvard } from '../../src/lib/citations/citations';

const launch = {
  key: 'cpp-launch',
  kind: 'post' as const,
  title: 'Lucy de Groot: why the programme began',
  authors: [{ person: 'Lucy de Groot' }, { organisation: "The site's editors" }],
  publisher: 'Connecting Policy with Practice',
  url: 'https://example.org/blog/launch/',
};

describe('citation cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpp-citations-'));
    vi.stubEnv('CPP_CITATION_CACHE_DIR', dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a reference written once is read back the same, without the engine', () => {
    const first = citeApa(launch);
    expect(first).toContain('de Groot, L.');
    expect(readdirSync(dir)).toHaveLength(1);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'read from the cache');
    expect(citeApa(launch)).toBe('read from the cache');
  });

  test('a changed title, or another style, is written afresh', () => {
    citeApa(launch);
    const retitled = citeApa({ ...launch, title: 'Lucy de Groot: how the programme ended' });
    expect(retitled).toContain('how the programme ended');
    expect(citeHarvard(launch)).not.toBe(citeApa(launch));
    expect(readdirSync(dir)).toHaveLength(3);
  });

  test('the key covers the style and every field of the item', () => {
    const item = { id: 'a', title: 'T', author: [{ family: 'Groot', 'non-dropping-particle': 'de' }] };
    expect(citationKey('apa', item)).toBe(citationKey('apa', structuredClone(item)));
    expect(citationKey('apa', item)).not.toBe(citationKey('harvard1', item));
    expect(citationKey('apa', item)).not.toBe(citationKey('apa', { ...item, author: [{ family: 'de Groot' }] }));
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citationKey } from '../../src/lib/citations/citation-cache';
import { parsePartialDate } from '../../src/lib/dates/partial-date';
import { citeApa, citeHarvard, prepareCitationTexts, type CitationData } from '../../src/lib/citations/citations';

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

  test('references written ahead in one list read exactly as each written alone, with no "2014a"', () => {
    const day = parsePartialDate('2014-03-05')!;
    const post = (key: string, title: string, authors: CitationData['authors']): CitationData => ({
      ...launch,
      key,
      title,
      authors,
      date: day,
      url: `https://example.org/blog/${key}/`,
    });
    const citations = [
      post('a', 'Mind the gap: what the pairs learned', [{ organisation: "The site's editors" }]),
      post('b', 'Year two begins', [{ organisation: "The site's editors" }]),
      post('c', 'Lucy de Groot on assets', [{ person: 'Lucy de Groot' }]),
      post('d', 'Lucy de Groot on silos', [{ person: 'Lucy de Groot' }]),
      post('e', 'Another Groot', [{ person: 'Anna de Groot' }]),
      { ...post('f', 'Undated: a page', [{ person: 'Lucy de Groot' }]), date: undefined },
    ];
    const alone = citations.map((citation) => [citeApa(citation), citeHarvard(citation)]);
    rmSync(dir, { recursive: true, force: true });

    prepareCitationTexts([...citations, ...citations]);
    expect(readdirSync(dir)).toHaveLength(citations.length * 2);
    expect(citations.map((citation) => [citeApa(citation), citeHarvard(citation)])).toEqual(alone);
    expect(readdirSync(dir), 'every text was read from the cache').toHaveLength(citations.length * 2);
    expect(alone.flat().filter((text) => /\b20\d\d[a-z]\b/.test(text))).toEqual([]);
  });

  test('references already in the cache are not written again', () => {
    citeApa(launch);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'kept');
    prepareCitationTexts([launch]);
    expect(citeApa(launch)).toBe('kept');
    expect(readdirSync(dir)).toHaveLength(2);
  });
});

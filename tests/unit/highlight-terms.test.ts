import { describe, expect, test } from 'vitest';
import { highlightPattern } from '../../src/lib/search/highlight-terms';

function marked(values: string[], text: string): string[] {
  const pattern = highlightPattern(values);
  return pattern ? [...text.matchAll(pattern)].map((match) => match[0]) : [];
}

describe('highlightPattern', () => {
  test.each([
    [[], 'anything', []],
    [['a'], 'a cat', []],
    [['silos'], 'Silos, silo and siloed thinking', ['Silos']],
    [['departments'], 'one department, departmental silos', ['department', 'departmental']],
    [['whole person'], 'the whole-person approach; wholesale personal', ['whole', 'person', 'wholesale', 'personal']],
    [['joined-up'], 'joined-up government, joined up', ['joined-up']],
    [['(regex*'], 'regexes', ['regexes']],
    [['prévention'], 'la prévention', ['prévention']],
    [['year', 'year'], 'years', ['years']],
    [['ear'], 'year ear', ['ear']],
  ])('%j in “%s”', (values, text, expected) => {
    expect(marked(values, text)).toEqual(expected);
  });
});

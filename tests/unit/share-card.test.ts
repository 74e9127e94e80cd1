import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/dates/partial-date';
import {
  cardPalette,
  fitTitle,
  postShareCard,
  publicationShareCard,
  shareCardAlt,
  shareCardTree,
  titleFontSize,
  type CardNode,
} from '../../src/lib/share-cards/share-card';
import { renderShareCard } from '../../src/lib/share-cards/share-card-render';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');

/** Every string in the tree, in order: what the card says. */
function textOf(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(textOf);
}

describe('cardPalette', () => {
  it('takes the light scheme, not the dark one, from tokens.css', () => {
    expect(cardPalette(tokens)).toMatchObject({ bg: '#ffffff', text: '#0b0c0c', accent: '#005a4e' });
  });

  it('says which token is missing', () => {
    expect(() => cardPalette(':root { --cpp-color-bg: #fff; }')).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/styles/tokens.css: the share cards need --cpp-color-surface in the first :root block.]`,
    );
  });
});

describe('the card', () => {
  const report = publicationShareCard(
    { title: 'Connecting Policy with Practice', kind: 'annual-report', published: parsePartialDate('2013-11')! },
    ['Whole person vs silos', 'Prevention vs crisis'],
  );

  it('dates a publication at its own precision and labels its type', () => {
    expect(report).toMatchObject({ typeLabel: 'Report', dateLabel: 'November 2013' });
    expect(postShareCard({ title: 'A post', date: new Date('2014-05-01') }, []).dateLabel).toBe('1 May 2014');
  });

  it('shows the type, title, date, themes and site name, in reading order', () => {
    expect(textOf(shareCardTree(report, cardPalette(tokens)))).toEqual([
      'REPORT',
      'Connecting Policy with Practice',
      'November 2013',
      'Whole person vs silos',
      'Prevention vs crisis',
      'Connecting Policy with Practice',
    ]);
  });

  it('adds the subtitle under the title, and counts themes beyond three instead of squeezing them in', () => {
    const yearOne = publicationShareCard(
      {
        title: 'Connecting Policy with Practice',
        subtitle: 'Report on the first year',
        kind: 'annual-report',
        published: parsePartialDate('2013-11')!,
      },
      ['One', 'Two', 'Three', 'Four', 'Five'],
    );
    expect(textOf(shareCardTree(yearOne, cardPalette(tokens)))).toEqual([
      'REPORT',
      'Connecting Policy with Practice',
      'Report on the first year',
      'November 2013',
      'One',
      'Two',
      '+3 more',
      'Connecting Policy with Practice',
    ]);
    expect(shareCardAlt(yearOne)).toContain('Report on the first year.');
    expect(shareCardAlt(yearOne)).toContain('Themes: One, Two, Three, Four, Five.');
  });

  it('describes itself in the alternative text', () => {
    expect(shareCardAlt(report)).toMatchInlineSnapshot(
      `"Report from Connecting Policy with Practice: Connecting Policy with Practice. November 2013. Themes: Whole person vs silos, Prevention vs crisis."`,
    );
  });

  it.each([
    [30, 72],
    [60, 60],
    [100, 50],
    [150, 42],
  ])('a %d-character title is set at %d px', (length, size) => {
    expect(titleFontSize('x'.repeat(length))).toBe(size);
  });

  it('shortens an overlong title at a word, with an ellipsis', () => {
    expect(fitTitle('one two three four', 12)).toBe('one two…');
    expect(fitTitle('short', 12)).toBe('short');
  });

  it('draws a 1200×630 PNG without a browser', async () => {
    const png = await renderShareCard(report, cardPalette(tokens), { cache: false });
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});

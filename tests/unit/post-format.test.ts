import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { checkPostBody, isCommentOnly, schemeOf } from '../../src/lib/post-format/body-rules';
import { pictureKind } from '../../src/lib/post-format/picture-file';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('pictureKind', () => {
  it('reads the five raster formats from their first bytes', () => {
    expect(pictureKind(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'rest'))).toBe('png');
    expect(pictureKind(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(pictureKind(bytes('GIF89a', [1, 0]))).toBe('gif');
    expect(pictureKind(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(pictureKind(bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'mif1miaf'))).toBe('avif');
    expect(pictureKind(bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'mif1avif'))).toBe('avif');
  });

  it('refuses a script, an SVG, an HTML file and a video that merely share a name with a picture', () => {
    expect(pictureKind(bytes("globalThis.pwned = 'x'"))).toBeUndefined();
    expect(pictureKind(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBeUndefined();
    expect(pictureKind(bytes('<!doctype html><script>alert(1)</script>'))).toBeUndefined();
    expect(pictureKind(bytes([0, 0, 0, 0x18], 'ftypmp42', [0, 0, 0, 0], 'isommp42'))).toBeUndefined();
    expect(pictureKind(bytes([0, 0, 0, 0x10], 'ftypisom', [0, 0, 0, 0], 'avif'))).toBeUndefined();
    expect(pictureKind(new Uint8Array())).toBeUndefined();
  });
});

describe('isCommentOnly', () => {
  it('accepts block comments and nothing else', () => {
    expect(isCommentOnly('/* A note for editors: check the date with Lucy de Groot. */')).toBe(true);
    expect(isCommentOnly(' /* one */ /* two */ ')).toBe(true);
    expect(isCommentOnly('/* a // b */')).toBe(true);
    expect(isCommentOnly('/* a */ process.exit(1) /* b */')).toBe(false);
    expect(isCommentOnly('// a line comment')).toBe(false);
    expect(isCommentOnly('/* unclosed')).toBe(false);
    expect(isCommentOnly('')).toBe(false);
    expect(isCommentOnly('/**/1')).toBe(false);
  });
});

describe('schemeOf', () => {
  it('reads a scheme as a browser does, through case, controls and spaces', () => {
    expect(schemeOf('JaVa\tScRiPt:alert(1)')).toBe('javascript');
    expect(schemeOf('\u0000 javascript:alert(1)')).toBe('javascript');
    expect(schemeOf('https://example.org/')).toBe('https');
    expect(schemeOf('/blog/a-post/#what-happened-next')).toBeUndefined();
    expect(schemeOf('./chart.png?x=a:b')).toBeUndefined();
  });
});

describe('checkPostBody', () => {
  const lines = (body: string) => checkPostBody(mdxToMdast(body)).map(({ line, message }) => `${line}: ${message}`);

  it('passes a post with a title-with-a-colon heading, lists, a footnote and an abbreviation', () => {
    expect(
      lines(
        '## Year two: what changed\n\nThe <abbr title="Department for Work and Pensions">DWP</abbr> sent H<sub>2</sub>O.[^a]\n\n### Leeds\n\n- one\n  - two\n\n## Next\n\n{/* note */}\n\n[^a]: A note.',
      ),
    ).toEqual([]);
  });

  it('reports a second h1, a skipped level and a heading that starts at ###, each on its line', () => {
    expect(lines('### First\n\n## Then\n\n# Title again\n\n## Fine\n\n#### Skipped')).toEqual([
      '1: This heading has ###, which skips a level: the heading before it is the title.',
      '5: A heading with a single # would be a second main heading: the title is already the main heading.',
      '9: This heading has ####, which skips a level: the heading before it has ##.',
    ]);
  });

  it('reports an empty body once', () => {
    expect(lines('---\ntitle: x\n---\n\n{/* only a note */}\n')).toEqual([
      '1: The post has no text below the frontmatter.',
    ]);
  });

  it('reports nesting past the limit once, however deep it goes', () => {
    expect(lines(`${'>'.repeat(200)} deep`)).toEqual([
      '1: The text nests more than 32 levels deep here (lists in lists, quotes in quotes or tags in tags).',
    ]);
  });
});

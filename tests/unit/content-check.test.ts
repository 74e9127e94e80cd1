import { describe, expect, it } from 'vitest';
import { checkParsedFiles } from '../../src/lib/content-check/check-content';
import { parseContentFile, type Collection, type ContentFile } from '../../src/lib/content-check/content-file';
import { formatProblem, githubAnnotation, runSummary } from '../../src/lib/content-check/problem';
import { buildSiteIndex } from '../../src/lib/content-check/site-index';
import { closestMatches } from '../../src/lib/content-check/suggestions';
import { readYaml } from '../../src/lib/content/yaml-data';

/** A content file as the loader would read it from `content/<collection>/<entryPath>.mdx`. */
function contentFile(text: string, entryPath = 'my-post', collection: Collection = 'posts'): ContentFile {
  // Each post its own title, as the checker asks.
  if (entryPath !== 'my-post') text = text.replace('title: A good post\n', `title: A good post called ${entryPath}\n`);
  return parseContentFile(text, {
    file: `content/${collection}/${entryPath}.mdx`,
    absolutePath: `/repo/content/${collection}/${entryPath}.mdx`,
    collection,
    entryPath,
  });
}

const GOOD_FRONTMATTER = [
  'title: A good post',
  'date: 2014-05-01',
  'authors: [editors]',
  'themes: [whole-person]',
  'summary: A summary long enough to show on a card in the blog index.',
  'sources:',
  '  - title: A source',
  '    url: https://example.org/source',
  '    publisher: Someone',
];

/** A post with the good frontmatter, some fields replaced (`field: undefined` removes one), and a body. */
function postText(fields: Record<string, string | undefined> = {}, body = 'Some text.'): string {
  const lines = GOOD_FRONTMATTER.filter((line) => !/^ /.test(line) || !('sources' in fields)).filter((line) => {
    const key = line.split(':')[0]!;
    return !(key in fields);
  });
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) lines.push(`${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

const REPORT = contentFile(
  [
    '---',
    'title: A report',
    'sections: [{ id: the-section, themes: [whole-pers] }]',
    '---',
    '',
    '## The section',
    '',
    '## The section',
    '',
    'Text.[^note]',
    '',
    '[^note]: A note.',
  ].join('\n'),
  'a-report',
  'publications',
);

/** Runs every rule over the given files plus a fixture report, and returns the formatted lines. */
function problemsIn(...files: ContentFile[]): string[] {
  const all = [...files, REPORT];
  const site = buildSiteIndex({
    files: all,
    peopleIds: ['editors', 'peter-thomas'],
    themeIds: ['whole-person', 'whole-person-solutions'],
    routeFiles: [
      'index.astro',
      'about.astro',
      'blog/[...page].astro',
      'blog/[slug].astro',
      'blog/[slug]/cite.[format].ts',
      'publications/[slug].astro',
      'themes/[id].astro',
      'people/[id].astro',
      'rss.xml.ts',
    ],
    publicFiles: new Set(['/favicon.svg']),
    siteOrigin: 'https://cpp.example.org',
    today: '2020-01-01',
    componentsDir: '/repo/src/components/mdx',
    componentsDirLabel: 'src/components/mdx/',
    fileExists: (path) => ['/repo/content/posts/chart.png', '/repo/src/components/mdx/Figure.astro'].includes(path),
  });
  return checkParsedFiles(all, site)
    .filter((problem) => problem.file !== REPORT.file)
    .map(formatProblem);
}

describe('a good post', () => {
  it('has no problems', () => {
    expect(problemsIn(contentFile(postText()))).toEqual([]);
  });
});

describe('frontmatter', () => {
  it.each([
    ['no title', { title: undefined }, 'content/posts/my-post.mdx:1: title: The post has no title.'],
    ['a date in words', { date: 'May 2014' }, 'content/posts/my-post.mdx:10: date: "May 2014" is not a date'],
    ['an impossible date', { date: '2014-02-30' }, 'date: "2014-02-30" is not a date in the form YYYY-MM-DD.'],
    ['a future date', { date: '2031-01-01' }, 'date: 2031-01-01 is in the future'],
    ['a short summary', { summary: 'Too short.' }, 'summary: The summary is 10 characters long; it needs at least 40.'],
    [
      'a long summary',
      { summary: 'x'.repeat(241) },
      'summary: The summary is 241 characters long; cards show at most 240.',
    ],
    ['authors as a string', { authors: 'editors' }, 'authors: authors must be a list, even with one author.'],
    ['no themes', { themes: '[]' }, 'themes: The post needs at least one of themes.'],
    ['a draft that is not true or false', { draft: 'maybe' }, 'draft: draft must be true or false, not "maybe".'],
    [
      'a misnamed field',
      { tags: '[whole-person]' },
      'tags: "tags" is not a field a post can have. Did you mean "themes"?',
    ],
    ['no sources', { sources: undefined }, 'sources: The post has no sources.'],
  ])('reports %s', (_, fields, expected) => {
    const lines = problemsIn(contentFile(postText(fields)));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
  });

  it('lets a draft carry a future date', () => {
    expect(problemsIn(contentFile(postText({ date: '2031-01-01', draft: 'true' })))).toEqual([]);
  });

  it('names each broken source field on its own line', () => {
    const text = postText({}).replace(
      '    url: https://example.org/source\n    publisher: Someone\n',
      '    url: example.org\n',
    );
    expect(problemsIn(contentFile(text))).toMatchInlineSnapshot(`
      [
        "content/posts/my-post.mdx:8: sources[0].publisher: This source does not say who published it. Add a line such as: publisher: BBC News",
        "content/posts/my-post.mdx:9: sources[0].url: "example.org" is not a full web address. Give the address readers can open, starting with https:// or http://.",
      ]
    `);
  });

  it('finds a colon that breaks the YAML and says to quote the value', () => {
    expect(
      problemsIn(contentFile(postText({ summary: 'Year two: what changed for the pairs and their organisations' }))),
    ).toMatchInlineSnapshot(`
      [
        "content/posts/my-post.mdx:10: summary: The frontmatter cannot be read: Nested mappings are not allowed in compact mappings. The value of "summary" has a colon followed by a space, so it must be in quotes: summary: "…". Or reword it without the colon.",
      ]
    `);
  });

  it('asks for frontmatter when there is none', () => {
    expect(problemsIn(contentFile('Just text.\n'))[0]).toContain(
      'content/posts/my-post.mdx:1: frontmatter: The file does not start with frontmatter between two "---" lines.',
    );
  });
});

describe('author and theme ids', () => {
  it('suggests the id the writer meant and lists the valid ones', () => {
    expect(problemsIn(contentFile(postText({ authors: '[edtors]', themes: '[whole-person, wole-person-solution]' }))))
      .toMatchInlineSnapshot(`
        [
          "content/posts/my-post.mdx:9: authors[0]: "edtors" is not a known author. Did you mean "editors"? Use an id from content/people.yaml: editors, peter-thomas.",
          "content/posts/my-post.mdx:10: themes[1]: "wole-person-solution" is not a known theme. Did you mean "whole-person-solutions"? Use an id from content/themes.yaml: whole-person, whole-person-solutions.",
        ]
      `);
  });

  it('checks the themes of a publication section', () => {
    const site = buildSiteIndex({
      files: [REPORT],
      peopleIds: [],
      themeIds: ['whole-person'],
      routeFiles: [],
      publicFiles: new Set(),
      siteOrigin: 'https://cpp.example.org',
      today: '2020-01-01',
      componentsDir: '/repo/src/components/mdx',
      componentsDirLabel: 'src/components/mdx/',
      fileExists: () => false,
    });
    const lines = checkParsedFiles([REPORT], site).map(formatProblem);
    expect(lines.filter((line) => line.includes(': sections['))).toEqual([
      'content/publications/a-report.mdx:3: sections[0].themes[0]: "whole-pers" is not a known theme. Did you mean "whole-person"? Use an id from content/themes.yaml: whole-person.',
    ]);
    // A publication is checked by its schema too: this one lacks the fields every publication needs.
    expect(lines).toContain(
      'content/publications/a-report.mdx:1: kind: The publication has no kind. Set kind to "discussion-paper" or "annual-report".',
    );
  });
});

describe('images', () => {
  it.each([
    ['no alt text', '![](./chart.png)', 'body: An image has no alt text.'],
    ['a file name as alt text', '![chart.png](./chart.png)', 'The alt text "chart.png" is a file name'],
    ['a missing file', '![A chart](./chat.png)', 'The image file "./chat.png" does not exist.'],
    ['a picture on another website', '![A chart](https://example.com/c.png)', 'is on another website'],
    [
      'an <img> tag',
      '<img src="./chart.png" alt="A chart" />',
      '<img> is not allowed in a post: pictures are written in Markdown',
    ],
  ])('reports %s', (_, body, expected) => {
    const lines = problemsIn(contentFile(postText({}, body)));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
  });

  it('accepts a described picture next to the post', () => {
    expect(problemsIn(contentFile(postText({}, '![A chart of visits by month](./chart.png)')))).toEqual([]);
  });

  it('asks for alt text on the picture at the top', () => {
    const text = postText({ image: '\n  src: ./chart.png' });
    expect(problemsIn(contentFile(text))).toEqual([
      'content/posts/my-post.mdx:11: image.alt: The image has no alt text. Add "alt:" under image with a sentence saying what the picture shows, for readers who cannot see it.',
    ]);
  });
});

describe('links to this site', () => {
  it.each([
    ['a post', '[x](/blog/other/)'],
    ['a heading of a publication', '[x](/publications/a-report/#the-section)'],
    ['a repeated heading', '[x](/publications/a-report/#the-section-1)'],
    ['a footnote', '[x](/publications/a-report/#user-content-fn-note)'],
    ['a page of the blog list', '[x](/blog/)'],
    ['the feed', '[x](/rss.xml)'],
    ['a theme', '[x](/themes/whole-person/)'],
    ['a person', '[x](/people/editors/)'],
    ['a file in public/', '[x](/favicon.svg)'],
    ['a citation file', '[x](/blog/other/cite.bib)'],
    ['a full address on this site', '[x](https://cpp.example.org/about/)'],
    ['another website', '[x](https://example.com/nowhere/)'],
    ['an email address', '[x](mailto:someone@example.org)'],
    ['a relative link', '[x](../other/)'],
    ['a heading of this post', '## Part one\n\n[x](#part-one)'],
  ])('accepts %s', (_, body) => {
    const other = contentFile(postText(), 'other');
    expect(problemsIn(contentFile(postText({}, body)), other)).toEqual([]);
  });

  it.each([
    [
      'a missing post',
      '[x](/blog/othr/)',
      'The link "/blog/othr/" points to a page that does not exist on this site. Did you mean "/blog/other/"?',
    ],
    ['a missing slash', '[x](/about)', 'The link "/about" needs a slash at the end. Write "/about/".'],
    [
      'a missing section',
      '[x](/publications/a-report/#the-sectoin)',
      'points to a section that /publications/a-report/ does not have. Did you mean "#the-section"?',
    ],
    ['a missing section here', '[x](#nowhere)', 'points to a section that this page does not have.'],
    ['a reference link', '[x][r]\n\n[r]: /nowhere/', 'The link "/nowhere/" points to a page that does not exist'],
    ['a full address on this site', '[x](https://cpp.example.org/abut/)', 'points to a page that does not exist'],
  ])('reports %s', (_, body, expected) => {
    const other = contentFile(postText(), 'other');
    const lines = problemsIn(contentFile(postText({}, body)), other);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
  });

  it('refuses a link from a published post to a draft', () => {
    const draft = contentFile(postText({ draft: 'true' }), 'draft-post');
    expect(problemsIn(contentFile(postText({}, '[x](/blog/draft-post/)')), draft)).toEqual([
      'content/posts/my-post.mdx:13: body: The link "/blog/draft-post/" points to a draft post, which is not published. Publish that post first (remove its "draft: true"), or remove the link.',
    ]);
  });
});

describe('what a post must not carry', () => {
  it.each([
    [
      '<script>',
      '<script>alert(1)</script>',
      "<script> is not allowed in a post: it would run code in readers' browsers.",
    ],
    ['<iframe>', '<iframe src="https://example.com/"></iframe>', '<iframe> is not allowed in a post'],
    ['<style>', '<style>p {}</style>', '<style> is not allowed in a post'],
    ['a script inside an svg', '<svg><script>1</script></svg>', '<script> is not allowed'],
    ['an inline event handler', '<p onMouseOver="steal()">x</p>', 'The onMouseOver attribute on <p> would run code'],
    ['an inline handler in lower case', '<img onerror="x" />', 'The onerror attribute on <img> would run code'],
    ['raw HTML through set:html', '<div set:html="<b>x</b>" />', '<div> is not one of the tags a post may use'],
    ['a javascript: link', '[x](javascript:alert(1))', 'The address "javascript:alert(1)" would run code'],
    ['a javascript: href', '<a href=" javascript:alert(1)">x</a>', '<a> is not allowed in a post'],
    ['an expression', 'Two and two make {2 + 2}.', 'Curly braces hold code in MDX'],
    ['JSX inside an expression', '{<script>alert(1)</script>}', 'Curly braces hold code in MDX'],
    ['a spread attribute', '<p {...props}>x</p>', '<p> has code in curly braces'],
    ['an attribute expression', '<a href={url}>x</a>', 'The href attribute on <a> holds code in curly braces.'],
    ['an export', 'export const steal = () => 1;', 'An "export" line is code, which a post must not carry.'],
    [
      'an import from a package',
      "import x from 'node:child_process';",
      'An "import" line is code, which a post must not carry.',
    ],
    [
      'an import from elsewhere in the site',
      "import Chart from '../../src/components/charts/Chart.astro';",
      'An "import" line is code, which a post must not carry.',
    ],
    ['a component', '<Chart />', '<Chart> is a component, which is code: a post cannot use components.'],
    [
      'a component from the MDX folder',
      "import Figure from '../../src/components/mdx/Figure.astro';\n\n<Figure />",
      '<Figure> is a component, which is code',
    ],
  ])('refuses %s', (_, body, expected) => {
    const lines = problemsIn(contentFile(postText({}, body)));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain(expected);
  });

  it.each([
    ['code in a code block', '```html\n<script>alert(1)</script>\n```'],
    ['code in inline code', 'Write `<script>` to start a script.'],
    ['a comment for editors', 'Some text.\n\n{/* A note for the editors. */}'],
    ['an escaped brace', 'A brace: \\{ and \\}.'],
    ['harmless tags', '<abbr title="Institute for Government">IfG</abbr> and x<sup>2</sup>'],
  ])('accepts %s', (_, body) => {
    expect(problemsIn(contentFile(postText({}, body)))).toEqual([]);
  });

  it('says plainly why MDX cannot read an HTML comment', () => {
    expect(problemsIn(contentFile(postText({}, '<!-- note -->')))).toEqual([
      'content/posts/my-post.mdx:13: body: MDX cannot read this line: MDX has no <!-- --> comments. Write a note to editors as {/* note */}, or delete it.',
    ]);
  });
});

describe('addresses', () => {
  it('names both posts that share an address', () => {
    const first = contentFile(postText(), 'launch');
    const second = contentFile(postText({ slug: 'launch' }), 'launch-again');
    expect(problemsIn(first, second)).toMatchInlineSnapshot(`
      [
        "content/posts/launch-again.mdx:11: slug: The address /blog/launch/ is also used by content/posts/launch.mdx. Change the slug to one no other post uses.",
        "content/posts/launch.mdx:1: file: The address /blog/launch/ is also used by content/posts/launch-again.mdx. Rename one of the files: the file name (in lower case, spaces as hyphens) is the address.",
      ]
    `);
  });

  it('refuses a post in a subfolder', () => {
    expect(problemsIn(contentFile(postText(), '2014/launch'))).toEqual([
      'content/posts/2014/launch.mdx:1: file: The post is in a subfolder, so its address "/blog/2014/launch/" cannot be built. Move the file directly into content/posts/ (its images may stay in a folder beside it).',
    ]);
  });
});

describe('finding a field’s line in YAML', () => {
  const yaml = [
    'title: x',
    'themes: [a, b]',
    'sources:',
    '  - title: first',
    '    url: one',
    '  - title: second',
    '',
    '    url: two',
    'image:',
    '  src: ./x.png',
    'authors:',
    '- a',
    '- b',
  ].join('\n');
  it.each([
    [['title'], 1],
    [['themes', 1], 2],
    [['sources'], 3],
    [['sources', 1], 6],
    [['sources', 1, 'url'], 8],
    [['sources', 0, 'publisher'], 4],
    [['image', 'src'], 10],
    [['image', 'alt'], 9],
    [['authors', 1], 13],
    [['summary'], undefined],
  ] as const)('%j is on line %s', (path, line) => {
    expect(readYaml(yaml).lineOf(path)).toBe(line);
  });
});

describe('suggestions', () => {
  it.each([
    ['edtors', ['editors', 'peter-thomas'], ['editors']],
    ['x', ['editors'], []],
    ['whole-persn', ['whole-person', 'whole-person-solutions'], ['whole-person']],
  ])('%s suggests %j', (value, candidates, expected) => {
    expect(closestMatches(value, candidates)).toEqual(expected);
  });
});

describe('the closing line', () => {
  it('counts problems and files, and the time taken', () => {
    const problem = { file: 'a.mdx', line: 1, field: 'title', message: 'm.', fix: 'f.' };
    expect(runSummary([], 1000, 412)).toBe('No problems found. Checked 1,000 files in 0.4 s.');
    expect(runSummary([problem, { ...problem, file: 'b.mdx' }], 2, 50)).toBe(
      'Found 2 problems in 2 files. Checked 2 files in 0.1 s.',
    );
  });
});

describe('annotations on GitHub', () => {
  it('puts the problem beside its line, escaping what the annotation syntax reserves', () => {
    expect(
      githubAnnotation({
        file: 'content/posts/a,b.mdx',
        line: 4,
        field: 'sources[0].url',
        message: 'Bad: 100%.',
        fix: 'Fix it.',
      }),
    ).toBe('::error file=content/posts/a%2Cb.mdx,line=4,title=sources[0].url::Bad: 100%25. Fix it.');
  });
});

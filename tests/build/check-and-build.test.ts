/**
 * The publishing path end to end: the checker's exact messages on the bad fixture, the build
 * refusing it cleanly, a good post reaching every list, a post started with new:post, and the
 * preview (`npm run dev`) showing a saved post's problems instead of the post. Each build takes a
 * few seconds, so there are three (and two dev servers), run one after another: they share .astro/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as load } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../src/lib/content-check/placeholders';
import { startDev } from '../support/dev-server';
import { materialiseFixture, type FixtureName } from '../support/fixtures';

const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
const temporary: string[] = [];

function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cpp-${label}-`));
  temporary.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A fixture set laid over the base in a temporary folder, removed after the tests. */
function fixture(name: FixtureName): string {
  const dir = materialiseFixture(name);
  temporary.push(dir);
  return dir;
}
const BAD_POSTS = fixture('bad-posts');
const GOOD_POST = fixture('good-post');

/**
 * The environment a person's shell would give the command: Vitest adds MODE, BASE_URL, SITE,
 * ASSETS_PREFIX and the like to process.env, and Astro would read them as its own settings.
 */
function shellEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', GITHUB_ACTIONS: '', ...extra };
  for (const key of ['TEST', 'NODE_ENV', 'SITE', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX'])
    delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Runs a command from the repository and returns its exit status and everything it printed. */
function run(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; output: string; lines: string[] } {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: shellEnv(env),
    timeout: 180_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  return { status: result.status, output, lines: output.split('\n') };
}

const checkContent = (dir: string) => run(['--import', 'tsx', 'scripts/check-content.ts', dir]);
const build = (contentDir: string, outDir: string) =>
  run([ASTRO, 'build', '--outDir', outDir], { CPP_CONTENT_DIR: contentDir });

const POSTS = `${relative(process.cwd(), BAD_POSTS)}/posts/`;
const EXPECTED_PROBLEMS = [
  `${POSTS}broken-frontmatter.mdx:1: title: The post has no title. Add a line such as: title: What the pairs learned in Leeds`,
  `${POSTS}broken-frontmatter.mdx:2: author: "author" is not a field a post can have. Did you mean "authors"? Rename the field.`,
  `${POSTS}broken-frontmatter.mdx:3: date: "May 2014" is not a date in the form YYYY-MM-DD. Write the year, month and day with hyphens, for example: date: 2014-05-01`,
  `${POSTS}broken-frontmatter.mdx:4: themes: themes must be a list, even with one theme. Put the ids in square brackets: themes: [whole-person]`,
  `${POSTS}broken-frontmatter.mdx:5: summary: The summary is 18 characters long; it needs at least 40. Write a full sentence that says what the post is about.`,
  `${POSTS}broken-frontmatter.mdx:7: sources[0].publisher: This source does not say who published it. Add a line such as: publisher: BBC News`,
  `${POSTS}broken-frontmatter.mdx:8: sources[0].url: "www.instituteforgovernment.org.uk" is not a full web address. Give the address readers can open, starting with https:// or http://.`,
  `${POSTS}broken-links.mdx:13: body: The link "/blog/fixture-pots/" points to a page that does not exist on this site. Did you mean "/blog/fixture-post/"? Pages of this site look like /blog/post-name/ or /publications/report-name/.`,
  `${POSTS}broken-links.mdx:13: body: The link "/publications/fixture-report/#whole-person-vs-silos" points to a section that /publications/fixture-report/ does not have. Did you mean "#whole-person-versus-silos"? A section's anchor is its heading in lower case with hyphens: "## What happened next" is #what-happened-next.`,
  `${POSTS}broken-links.mdx:13: body: The link "/about" needs a slash at the end. Write "/about/".`,
  `${POSTS}fixture-post.mdx:1: file: The address /blog/fixture-post/ is also used by ${POSTS}same-address.mdx. Rename one of the files: the file name (in lower case, spaces as hyphens) is the address.`,
  `${POSTS}future-date.mdx:3: date: 2999-01-01 is in the future, so the post would be published before its day. Use the day it goes live (today or earlier, in UK time), or add "draft: true" until then.`,
  `${POSTS}html-comment.mdx:13: body: MDX cannot read this line: MDX has no <!-- --> comments. Write a note to editors as {/* note */}, or delete it.`,
  `${POSTS}ignored-markdown.md:1: file: The file ends in .md, so the site ignores it. Rename it to ignored-markdown.mdx.`,
  `${POSTS}image-in-frontmatter.mdx:7: image.alt: The image has no alt text. Add "alt:" under image with a sentence saying what the picture shows, for readers who cannot see it.`,
  `${POSTS}images.mdx:13: body: An image has no alt text. Write what the picture shows between the square brackets: ![Two people talking at a table](./meeting.jpg)`,
  `${POSTS}images.mdx:15: body: The image file "./no-such-chart.png" does not exist. Add the file next to the post, or correct the name: it is case-sensitive and starts with ./ (for example ./meeting.jpg).`,
  `${POSTS}long-summary.mdx:6: summary: The summary is 254 characters long; cards show at most 240. Shorten it by 14 characters or more.`,
  `${POSTS}same-address.mdx:3: slug: The address /blog/fixture-post/ is also used by ${POSTS}fixture-post.mdx. Change the slug to one no other post uses.`,
  `${POSTS}unknown-ids.mdx:4: authors[0]: "edtors" is not a known author. Did you mean "editors"? Use an id from content/people.yaml: editors, peter-thomas.`,
  `${POSTS}unknown-ids.mdx:7: themes[1]: "whole-persn-solutions" is not a known theme. Did you mean "whole-person-solutions"? Use an id from content/themes.yaml: whole-person, whole-person-solutions.`,
  `${POSTS}unsafe.mdx:12: body: An "import" line is code, which a post must not carry. Remove it: a post cannot import or export anything. To start a paragraph with the word "import" or "export", put another word before it.`,
  `${POSTS}unsafe.mdx:14: body: <script> is not allowed in a post: it would run code in readers' browsers. Remove it. To show code as text, put it between two lines of three backticks (\`\`\`).`,
  `${POSTS}unsafe.mdx:16: body: <iframe> is not allowed in a post: it would embed another website, which can run code and track readers. Link to the page instead: [Watch the recording](https://…).`,
  `${POSTS}unsafe.mdx:18: body: <style> is not allowed in a post: it would restyle the whole page. Remove it: the site's own styles apply to every post.`,
  `${POSTS}unsafe.mdx:18: body: Curly braces hold code in MDX, which a post must not carry. To show a brace as text, write \\{ and \\}. To leave a note for editors, write {/* note */}.`,
  `${POSTS}unsafe.mdx:20: body: <p> is not one of the tags a post may use (<abbr>, <sub>, <sup> and <br>). Remove the tag and write the text in Markdown (CONTRIBUTING.md, "What a post may contain").`,
  `${POSTS}unsafe.mdx:20: body: The onClick attribute on <p> would run code in readers' browsers. Remove onClick="…".`,
  `${POSTS}unsafe.mdx:22: body: Curly braces hold code in MDX, which a post must not carry. To show a brace as text, write \\{ and \\}. To leave a note for editors, write {/* note */}.`,
  `${POSTS}unsafe.mdx:22: body: The address "javascript:alert(1)" would run code or load hidden content. Use an ordinary web address (https://…).`,
  `${POSTS}unsafe.mdx:24: body: <Chart> is a component, which is code: a post cannot use components. Remove the tag. To show it as text, write \\<Chart>.`,
];

describe('the content checker on a post for each kind of mistake', () => {
  it('reports every problem in one run, in the file:line: field: message form, and exits 1', () => {
    const { status, lines } = checkContent(BAD_POSTS);
    const fileLines = lines.filter((line) => line.startsWith(POSTS));
    expect(fileLines.filter((line) => !line.includes(': style: '))).toEqual(EXPECTED_PROBLEMS);
    // House style is advice: it is listed after the errors, and it neither adds to nor causes them.
    expect(fileLines.filter((line) => line.includes(': style: '))).toEqual([
      `${POSTS}broken-frontmatter.mdx:11: style: This sentence has 35 words. Split it so that each sentence has 30 words or fewer.`,
    ]);
    expect(lines).toContain('House style: 1 suggestion above (warnings: they do not fail the check).');
    expect(lines).toContainEqual(
      expect.stringMatching(/^Found 31 problems in 12 files\. Checked 12 files in \d+\.\d s\.$/),
    );
    expect(status).toBe(1);
  });

  it('passes the good fixture with a timing line and exit status 0', () => {
    const { status, lines } = checkContent(GOOD_POST);
    expect(lines[0]).toMatch(/^No problems found\. Checked 4 files in \d+\.\d s\.$/);
    expect(status).toBe(0);
  });
});

describe('the build', () => {
  it('stops on broken content with the same messages and no stack trace', () => {
    const out = tempDir('bad-build');
    const { status, output } = build(BAD_POSTS, out);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${POSTS}broken-frontmatter.mdx:3: date: "May 2014" is not a date in the form YYYY-MM-DD.`,
    );
    expect(output).toContain(`${POSTS}unsafe.mdx:14: body: <script> is not allowed in a post`);
    expect(output).toContain('The content has 31 problems, listed above.');
    expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  describe('of a good post and a draft', () => {
    const GOOD = '/blog/a-post-with-a-picture/';
    const DRAFT = '/blog/a-draft-post/';
    let out = '';
    const page = (path: string) => readFileSync(join(out, path), 'utf8');

    beforeAll(() => {
      out = tempDir('good-build');
      const { status, output } = build(GOOD_POST, out);
      expect(status, output).toBe(0);
    }, 180_000);

    it('lists the post on the blog index, in the feed and on its theme page', () => {
      expect(page('blog/index.html')).toContain(`href="${GOOD}"`);
      expect(page('rss.xml')).toContain(GOOD);
      expect(page('themes/whole-person-solutions/index.html')).toContain(`href="${GOOD}"`);
      expect(page('blog/a-post-with-a-picture/index.html')).toContain('A fixture post with a picture and a footnote');
    });

    it('leaves the draft out of the pages, the feed, the theme page and the sitemap', () => {
      expect(existsSync(join(out, DRAFT))).toBe(false);
      for (const path of ['blog/index.html', 'rss.xml', 'themes/whole-person-solutions/index.html', 'sitemap-0.xml'])
        expect(page(path), path).not.toContain(DRAFT);
    });

    it('puts the post, and not the draft, in the search index', () => {
      const fragments = join(out, 'pagefind', 'fragment');
      expect(
        existsSync(fragments),
        'The build has no pagefind/fragment/ folder: Pagefind did not index the site.',
      ).toBe(true);
      const urls = readdirSync(fragments).map((name) => {
        const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
        return /"url":"([^"]+)"/.exec(text)?.[1];
      });
      expect(urls).toContain(GOOD);
      expect(urls).not.toContain(DRAFT);
    });
  });
});

describe('a post started with new:post', () => {
  it('is written with example text the checker names, and builds once that is replaced', () => {
    const content = tempDir('new-post');
    cpSync('content', content, { recursive: true });
    const ids = (file: string) =>
      (load(readFileSync(join(content, file), 'utf8')) as { id: string }[]).map(({ id }) => id);
    const [theme] = ids('themes.yaml');
    const [author] = ids('people.yaml');

    const created = run([
      '--import',
      'tsx',
      'scripts/new-post.ts',
      'A rapporteur’s first post: testing the path',
      '--theme',
      theme!,
      '--author',
      author!,
      '--content-dir',
      content,
    ]);
    expect(created.status, created.output).toBe(0);
    const path = join(content, 'posts', 'a-rapporteurs-first-post-testing-the-path.mdx');
    expect(created.output).toContain(`Wrote ${relative(process.cwd(), path)}`);

    const refused = run([
      '--import',
      'tsx',
      'scripts/new-post.ts',
      'A rapporteur’s first post: testing the path',
      '--theme',
      theme!,
      '--content-dir',
      content,
    ]);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('already exists, and new:post never overwrites a post');

    const shown = relative(process.cwd(), path);
    const unfinished = checkContent(content);
    expect(unfinished.lines.filter((line) => line.startsWith(shown))).toEqual([
      `${shown}:6: summary: The summary is still the example text. Replace it with one or two sentences that say what the post is about.`,
      `${shown}:8: sources[0]: This source is still the example text. Replace its title, url and publisher with those of the document the post draws on.`,
      `${shown}:13: body: The text is still the example paragraph. Replace it with your post.`,
    ]);
    expect(unfinished.status).toBe(1);

    const finished = readFileSync(path, 'utf8')
      .replace(
        PLACEHOLDERS.summary,
        'A test post written by the publishing tests, to show that new:post makes a post the site can build.',
      )
      .replace(PLACEHOLDERS.sourceTitle, 'Connecting Policy with Practice')
      .replace(
        PLACEHOLDERS.sourceUrl,
        'https://www.instituteforgovernment.org.uk/our-work/policy-making/connecting-policy-practice',
      )
      .replace(PLACEHOLDERS.sourcePublisher, 'Institute for Government')
      .replace(PLACEHOLDERS.body, 'This post was written by a test.');
    writeFileSync(path, finished);
    const checked = checkContent(content);
    expect(checked.status, checked.output).toBe(0);

    const out = tempDir('new-post-build');
    const built = build(content, out);
    expect(built.status, built.output).toBe(0);
    expect(
      readFileSync(join(out, 'blog', 'a-rapporteurs-first-post-testing-the-path', 'index.html'), 'utf8'),
    ).toContain('A rapporteur’s first post: testing the path');
  });
});

describe('npm run dev', () => {
  it('shows a draft, so its writer can preview it', async () => {
    // The server answers before it has read the content: wait for the post that is not a draft.
    const server = await startDev(GOOD_POST, '/blog/a-post-with-a-picture/');
    try {
      const response = await fetch(`${server.origin}/blog/a-draft-post/`);
      expect(response.status, server.log()).toBe(200);
      expect(await response.text()).toContain('A fixture draft that production must leave out');
    } finally {
      server.stop();
    }
  }, 120_000);
});

const POST_PAGE = '/blog/a-post-with-a-picture/';
const POST_TEXT = 'This post is test data.';

/** Asks for a page until `done` says it is what the test waits for, or about 150 s pass (a cold start bundles). */
async function pageWhen(url: string, done: (status: number, text: string) => boolean) {
  let last = { status: 0, text: '' };
  for (let attempt = 0; attempt < 300; attempt++) {
    const response = await fetch(url).catch(() => undefined);
    if (response) {
      last = { status: response.status, text: await response.text() };
      if (done(last.status, last.text)) return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return last;
}

describe('npm run dev, when a post is saved with problems', () => {
  it('shows the plain messages in the page and the terminal instead of the post, and the post once fixed', async () => {
    const content = tempDir('dev-preview');
    materialiseFixture('good-post', content);
    const postFile = join(content, 'posts', 'a-post-with-a-picture.mdx');
    // A title of this run's own: in dev, Astro keeps a post's image imports in .astro/ while the
    // post is unchanged, and a copy identical to an earlier run's would point at that run's folder.
    const good = readFileSync(postFile, 'utf8').replace(/^title: (.*)$/m, `title: $1 (${Date.now()})`);
    writeFileSync(postFile, good);
    const server = await startDev(content, POST_PAGE, Number(process.env['CPP_DEV_TEST_PORT']) || undefined);
    const url = `${server.origin}${POST_PAGE}`;
    try {
      const first = await pageWhen(url, (status) => status === 200);
      expect(first.status, server.log()).toBe(200);
      expect(first.text).toContain(POST_TEXT);

      // The writer shortens the summary, misnames a field and pastes an HTML comment.
      writeFileSync(
        postFile,
        good
          .replace(/^summary: .*$/m, 'summary: Too short to show.')
          .replace('authors: [editors, peter-thomas]', 'author: [editors, peter-thomas]')
          .replace(POST_TEXT, `<!-- a note for the editors -->\n\n${POST_TEXT}`),
      );
      const shown = await pageWhen(url, (status) => status === 422);
      const text = shown.text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      const shownFile =
        server.log().match(/\S*posts\/a-post-with-a-picture\.mdx/)?.[0] ?? 'posts/a-post-with-a-picture.mdx';
      expect(shown.status, server.log()).toBe(422);
      expect(text).toContain(
        `${shownFile}:4: author: "author" is not a field a post can have. Did you mean "authors"? Rename the field.`,
      );
      expect(text).toContain(
        `${shownFile}:6: summary: The summary is 18 characters long; it needs at least 40. Write a full sentence that says what the post is about.`,
      );
      expect(text).toContain(`${shownFile}:16: body: MDX cannot read this line: MDX has no <!-- --> comments.`);
      expect(text).not.toContain(POST_TEXT);
      expect(text).not.toMatch(/\bat .+:\d+:\d+\)?/);
      // The rest of the preview keeps working while the post has problems.
      expect((await fetch(`${server.origin}/blog/`)).status, server.log()).toBe(200);
      // The same lines in the terminal, as soon as the file is saved.
      expect(server.log()).toContain(
        `${shownFile}:6: summary: The summary is 18 characters long; it needs at least 40.`,
      );

      // A post that breaks the schema loads as a placeholder, so Astro prints no error of its own.
      expect(server.log()).not.toMatch(/Stack trace|InvalidContentEntryDataError|^\s+at .+:\d+:\d+\)?$/m);

      writeFileSync(postFile, good);
      const fixed = await pageWhen(url, (status, text) => status === 200 && text.includes(POST_TEXT));
      expect(fixed.status, server.log()).toBe(200);
      expect(server.log()).toContain(`${shownFile}: no problems found`);
    } finally {
      server.stop();
    }
  }, 420_000);
});

/**
 * `npm run dev` as a rapporteur uses it: save a post with mistakes, and the preview shows the
 * plain messages (in the page and in the terminal) instead of the post; fix it, and the post is
 * back. A real `astro dev` on a copy of the good fixture.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
const POST_PAGE = '/blog/a-post-with-a-picture/';
const POST_TEXT = 'This post is test data.';

const content = mkdtempSync(join(tmpdir(), 'cpp-dev-preview-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

/** CPP_DEV_TEST_PORT when set (a shared machine gives each engineer ports), else any free port. */
function port(): Promise<number> {
  const fixed = Number(process.env['CPP_DEV_TEST_PORT']);
  if (fixed) return Promise.resolve(fixed);
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  for (const key of ['TEST', 'NODE_ENV', 'SITE', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX'])
    delete result[key];
  for (const key of Object.keys(result)) if (key.startsWith('VITEST')) delete result[key];
  return result;
}

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
    cpSync('tests/fixtures/good-post', content, { recursive: true });
    const postFile = join(content, 'posts', 'a-post-with-a-picture.mdx');
    const good = readFileSync(postFile, 'utf8');
    const listen = await port();
    const server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(listen)], {
      env: env({ CPP_CONTENT_DIR: content }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    const url = `http://127.0.0.1:${listen}${POST_PAGE}`;
    try {
      const first = await pageWhen(url, (status) => status === 200);
      expect(first.status, log).toBe(200);
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
      const shownFile = log.match(/\S*posts\/a-post-with-a-picture\.mdx/)?.[0] ?? 'posts/a-post-with-a-picture.mdx';
      expect(shown.status, log).toBe(422);
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
      expect((await fetch(`http://127.0.0.1:${listen}/blog/`)).status, log).toBe(200);
      // The same lines in the terminal, as soon as the file is saved.
      expect(log).toContain(`${shownFile}:6: summary: The summary is 18 characters long; it needs at least 40.`);

      writeFileSync(postFile, good);
      const fixed = await pageWhen(url, (status, text) => status === 200 && text.includes(POST_TEXT));
      expect(fixed.status, log).toBe(200);
      expect(log).toContain(`${shownFile}: no problems found`);
    } finally {
      server.kill();
    }
  }, 420_000);
});

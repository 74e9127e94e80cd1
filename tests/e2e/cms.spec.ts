/**
 * Writing in the browser: a rapporteur fills the CMS form at /admin/, saves a draft (a branch, as
 * on GitHub a pull request), publishes it, and the post that lands passes check:content and builds.
 * The CMS saves through Decap's local proxy into a temporary copy of a fixture content folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { materialiseFixture } from '../support/fixtures';
import { startCmsBackend, type CmsBackendRun } from './support/cms-backend';

const FIXTURE = materialiseFixture('good-post');
const TITLE = 'Year two: what the pairs learned in Leeds';
const SLUG = 'year-two-what-the-pairs-learned-in-leeds';
const SUMMARY =
  'A rapporteur’s account of the pairs’ visit to Leeds, written in the browser to check that the writing tool makes a post the site can publish.';
const ALT = 'A plain blue rectangle standing in for a photograph of the visit.';
const LUCY_TITLE = 'What Lucy de Groot said at the launch';
const LUCY_SLUG = 'what-lucy-de-groot-said-at-the-launch';
const PICTURE = readFileSync(join(FIXTURE, 'posts', 'fixture-chart.png'));

// One page for all four: Decap's 5 MB bundle is loaded and parsed once, and each test moves
// within the app by its address's #fragment, as a writer does.
test.describe.configure({ mode: 'serial', timeout: 420_000 });

let backend: CmsBackendRun;
let page: Page;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(180_000);
  backend = await startCmsBackend(FIXTURE);
  page = await browser.newPage();
  // Leaving a half-filled form asks "discard unsaved changes?"; publishing asks to confirm.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(backend.adminUrl, { waitUntil: 'domcontentloaded', timeout: 150_000 });
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 60_000 });
});

test.afterAll(async () => {
  await page?.close();
  await backend?.stop();
});

/** Picks an option of a Decap select (react-select) by the text the writer reads. */
async function pick(label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByText(option, { exact: true }).click();
}

async function openNewPost(): Promise<void> {
  await page.goto(`${backend.adminUrl}#/collections/posts`);
  await page.goto(`${backend.adminUrl}#/collections/posts/new`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('', { timeout: 60_000 });
}

async function addPicture(): Promise<void> {
  await page.getByRole('button', { name: 'Choose an image' }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'leeds-visit.png', mimeType: 'image/png', buffer: PICTURE });
  await page.getByRole('button', { name: 'Choose selected' }).click();
}

/** Fills every part the form requires: a title, the summary, a theme, an author, one source, the text. */
async function fillPost(title: string, text: string): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill(SUMMARY);
  await pick('Themes', 'Whole-person solutions (whole-person-solutions)');
  await pick('Authors', "The site's editors (editors)");
  await page.getByRole('button', { name: 'Add sources' }).click();
  const source = page.locator('[aria-label="list field"]');
  await source.getByLabel('Title', { exact: true }).fill('Launch of Connecting Policy with Practice');
  await source.getByLabel('Web address', { exact: true }).fill('https://www.instituteforgovernment.org.uk/events');
  await source.getByLabel('Publisher', { exact: true }).fill('Institute for Government');
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(text);
}

/** Saves the open post as a draft (a branch of its own; on GitHub, a pull request). */
async function saveDraft(): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: /^Status: Draft/ })).toBeVisible({ timeout: 120_000 });
}

/** Publishes the saved draft open in the form, and waits until its file is on the main branch. */
async function publish(slug: string): Promise<string> {
  await page.getByRole('button', { name: /^Status: Draft/ }).click();
  await page.getByText('Ready', { exact: true }).click();
  await expect(page.getByRole('button', { name: /^Status: Ready/ })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  const postFile = join(backend.repo, 'content', 'posts', `${slug}.mdx`);
  await expect.poll(() => existsSync(postFile), { timeout: 120_000 }).toBe(true);
  return readFileSync(postFile, 'utf8');
}

function frontmatterOf(text: string): Record<string, unknown> {
  return parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
}

/** check:content over a content folder, as CI runs it on a pull request. */
function checkContent(contentDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', contentDir], { encoding: 'utf8' });
}

test('the form is generated from the schema: pickers of real ids, a live summary count, sources as a group', async () => {
  await openNewPost();
  const summary = page.getByLabel('Summary', { exact: true });
  await summary.fill('Too short.');
  await expect(page.getByText('10 of 240 characters: at least 40 needed.')).toBeVisible();
  await summary.fill(SUMMARY);
  await expect(page.getByText(`${SUMMARY.length} of 240 characters.`)).toBeVisible();

  await page.getByLabel('Authors', { exact: true }).click();
  await expect(page.getByText("The site's editors (editors)", { exact: true })).toBeVisible();
  await expect(page.getByText('Peter Thomas (peter-thomas)', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Add sources' }).click();
  await page.getByRole('button', { name: 'Add sources' }).click();
  await expect(page.getByLabel('Publisher', { exact: true })).toHaveCount(2);
});

test('a post with a picture but no alt text is refused by check:content, in one plain line', async () => {
  // Decap cannot leave the picture group optional with required parts (decaporg/decap-cms#7748), so
  // the form saves the draft; the check every pull request runs is what refuses it.
  const slug = 'a-picture-with-no-words';
  await openNewPost();
  await fillPost(
    'A picture with no words',
    'A picture without alt text. This post is test data written through the CMS form.',
  );
  await addPicture();
  await saveDraft();
  const draft = mkdtempSync(join(tmpdir(), 'cpp-cms-draft-'));
  rmSync(draft, { recursive: true, force: true });
  backend.git('worktree', 'add', '--quiet', draft, `cms/posts/${slug}`);
  try {
    expect(frontmatterOf(readFileSync(join(draft, 'content', 'posts', `${slug}.mdx`), 'utf8'))['image']).toMatchObject({
      src: expect.stringMatching(/^(\.\/)?leeds-visit\.png$/),
    });
    const check = checkContent(join(draft, 'content'));
    const output = `${check.stdout}${check.stderr}`;
    expect(check.status, output).toBe(1);
    expect(output).toMatch(
      new RegExp(
        `posts/${slug}\\.mdx:\\d+: image\\.alt: The image has no alt text\\. Add "alt:" under image with a sentence saying what the picture shows, for readers who cannot see it\\.`,
      ),
    );
    expect(output).not.toMatch(/^\s+at /m);
  } finally {
    backend.git('worktree', 'remove', '--force', draft);
  }
});

test('a post with no picture saves, with the original: "Lucy de Groot" as a person, the month as given', async () => {
  await openNewPost();
  await fillPost(LUCY_TITLE, 'Lucy de Groot spoke at the launch. This post is test data written through the CMS form.');
  await page.getByLabel('Original title (optional)', { exact: true }).fill('Launch: who spoke');
  await page.getByLabel('Original author name (optional)', { exact: true }).fill('Lucy de Groot');
  await page.getByLabel('Original publisher (optional)', { exact: true }).fill('Institute for Government');
  await page.getByLabel('Original date (optional)', { exact: true }).fill('2013-01');
  await page
    .getByLabel('Original web address (optional)', { exact: true })
    .fill('https://www.instituteforgovernment.org.uk/events');
  // Decap marks each part of the group "(optional)": the schema, not the form, asks for the rest.
  await pick('Original holds (optional)', 'teaser');
  // No picture: its group is left untouched, as the original's is on the next post.
  await saveDraft();
  const draft = frontmatterOf(backend.git('show', `cms/posts/${LUCY_SLUG}:content/posts/${LUCY_SLUG}.mdx`));
  expect(draft['original']).toEqual({
    title: 'Launch: who spoke',
    author: { name: 'Lucy de Groot' },
    publisher: 'Institute for Government',
    date: '2013-01',
    url: 'https://www.instituteforgovernment.org.uk/events',
    holds: 'teaser',
  });
  expect(draft).toMatchObject({ title: LUCY_TITLE, authors: ['editors'] });
  expect(draft).not.toHaveProperty('image');
});

test('a post with a picture lands as a draft branch, publishes, and with the post without one passes check:content and builds', async () => {
  await openNewPost();
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Summary', { exact: true }).fill(SUMMARY);
  await pick('Themes', 'Whole-person solutions (whole-person-solutions)');
  await pick('Authors', "The site's editors (editors)");
  await page.getByRole('button', { name: 'Add sources' }).click();
  const source = page.locator('[aria-label="list field"]');
  await source.getByLabel('Title', { exact: true }).fill('Connecting Policy with Practice');
  await source
    .getByLabel('Web address', { exact: true })
    .fill('https://www.instituteforgovernment.org.uk/our-work/policy-making/connecting-policy-practice');
  await source.getByLabel('Publisher', { exact: true }).fill('Institute for Government');
  await addPicture();
  await page.getByLabel('Picture alt text (optional)', { exact: true }).fill(ALT);
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('The pairs spent a day in Leeds. This post is test data written through the CMS form.');

  await saveDraft();
  // The editorial workflow: a draft is a branch of its own (on GitHub, a pull request).
  expect(backend.git('branch', '--list').trim()).toContain(`cms/posts/${SLUG}`);
  expect(existsSync(join(backend.repo, 'content', 'posts', `${SLUG}.mdx`))).toBe(false);

  const frontmatter = frontmatterOf(await publish(SLUG));
  expect(frontmatter).toMatchObject({
    title: TITLE,
    summary: SUMMARY,
    themes: ['whole-person-solutions'],
    authors: ['editors'],
    sources: [{ title: 'Connecting Policy with Practice', publisher: 'Institute for Government' }],
    image: { src: expect.stringMatching(/^(\.\/)?leeds-visit\.png$/), alt: ALT },
  });
  // The original's group was left untouched, so none is written (and none half-filled).
  expect(frontmatter).not.toHaveProperty('original');
  expect(existsSync(join(backend.repo, 'content', 'posts', 'leeds-visit.png'))).toBe(true);

  const contentDir = join(backend.repo, 'content');
  // The draft saved with no picture (previous test) goes into the same check and build, as merged.
  writeFileSync(
    join(contentDir, 'posts', `${LUCY_SLUG}.mdx`),
    backend.git('show', `cms/posts/${LUCY_SLUG}:content/posts/${LUCY_SLUG}.mdx`),
  );
  const check = checkContent(contentDir);
  expect(check.status, `check:content on the saved posts:\n${check.stdout}${check.stderr}`).toBe(0);

  const outDir = mkdtempSync(join(tmpdir(), 'cpp-cms-build-'));
  try {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, CPP_CONTENT_DIR: contentDir },
      timeout: 180_000,
    });
    expect(build.status, `astro build with the saved posts:\n${build.stdout}${build.stderr}`).toBe(0);
    const withPicture = readFileSync(join(outDir, 'blog', SLUG, 'index.html'), 'utf8');
    expect(withPicture).toContain('Year two: what the pairs');
    expect(withPicture).toMatch(/<figure class="post-image[^>]*>\s*<img [^>]*alt="A plain blue rectangle/);
    // The post saved with no picture is a page too, and shows none.
    const withoutPicture = readFileSync(join(outDir, 'blog', LUCY_SLUG, 'index.html'), 'utf8');
    expect(withoutPicture).toContain(LUCY_TITLE);
    expect(withoutPicture).not.toMatch(/class="post-image/);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

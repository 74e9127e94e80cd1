/**
 * Writing in the browser: a rapporteur fills the CMS form at /admin/, saves a draft (a branch, as
 * on GitHub a pull request), publishes it, and the post that lands passes check:content and builds.
 * The CMS saves through Decap's local proxy into a temporary copy of a fixture content folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const PICTURE = readFileSync(join(FIXTURE, 'posts', 'fixture-chart.png'));

// One page for all three: Decap's 5 MB bundle is loaded and parsed once, and each test moves
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

test('a post with a picture cannot be saved without alt text', async () => {
  await openNewPost();
  await page.getByLabel('Title', { exact: true }).fill('A picture with no words');
  await addPicture();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Alt text is required/i)).toBeVisible();
  expect(backend.git('branch', '--list', 'cms/*').trim()).toBe('');
});

test('the original a post summarises is saved from the form: "Lucy de Groot" as a person, the month as given', async () => {
  const slug = 'what-lucy-de-groot-said-at-the-launch';
  await openNewPost();
  await page.getByLabel('Title', { exact: true }).fill('What Lucy de Groot said at the launch');
  await page.getByLabel('Summary', { exact: true }).fill(SUMMARY);
  await pick('Themes', 'Whole-person solutions (whole-person-solutions)');
  await pick('Authors', "The site's editors (editors)");
  await page.getByRole('button', { name: 'Add sources' }).click();
  const source = page.locator('[aria-label="list field"]');
  await source.getByLabel('Title', { exact: true }).fill('Launch of Connecting Policy with Practice');
  await source.getByLabel('Web address', { exact: true }).fill('https://www.instituteforgovernment.org.uk/events');
  await source.getByLabel('Publisher', { exact: true }).fill('Institute for Government');
  await page.getByLabel('Original title (optional)', { exact: true }).fill('Launch: who spoke');
  await page.getByLabel('Original author name (optional)', { exact: true }).fill('Lucy de Groot');
  await page.getByLabel('Original publisher (optional)', { exact: true }).fill('Institute for Government');
  await page.getByLabel('Original date (optional)', { exact: true }).fill('2013-01');
  await page
    .getByLabel('Original web address (optional)', { exact: true })
    .fill('https://www.instituteforgovernment.org.uk/events');
  // Decap marks each part of the group "(optional)": the schema, not the form, asks for the rest.
  await pick('Original holds (optional)', 'teaser');
  // The picture group has the same Decap limit (decaporg/decap-cms#7748): the form will not save a
  // post without a picture, so this one has one.
  await addPicture();
  await page.getByLabel('Alt text', { exact: true }).fill(ALT);
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('Lucy de Groot spoke at the launch. This post is test data written through the CMS form.');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: /^Status: Draft/ })).toBeVisible({ timeout: 120_000 });
  const text = backend.git('show', `cms/posts/${slug}:content/posts/${slug}.mdx`);
  const frontmatter = parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
  expect(frontmatter['original']).toEqual({
    title: 'Launch: who spoke',
    author: { name: 'Lucy de Groot' },
    publisher: 'Institute for Government',
    date: '2013-01',
    url: 'https://www.instituteforgovernment.org.uk/events',
    holds: 'teaser',
  });
});

test('a post written in the browser lands as a draft branch, publishes, passes check:content and builds', async () => {
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
  await page.getByLabel('Alt text', { exact: true }).fill(ALT);
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('The pairs spent a day in Leeds. This post is test data written through the CMS form.');

  await page.getByRole('button', { name: 'Save' }).click();
  // The editorial workflow: a draft is a branch of its own (on GitHub, a pull request).
  await expect(page.getByRole('button', { name: /^Status: Draft/ })).toBeVisible({ timeout: 120_000 });
  expect(backend.git('branch', '--list').trim()).toContain(`cms/posts/${SLUG}`);
  expect(existsSync(join(backend.repo, 'content', 'posts', `${SLUG}.mdx`))).toBe(false);

  await page.getByRole('button', { name: /^Status: Draft/ }).click();
  await page.getByText('Ready', { exact: true }).click();
  await expect(page.getByRole('button', { name: /^Status: Ready/ })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();

  const postFile = join(backend.repo, 'content', 'posts', `${SLUG}.mdx`);
  await expect.poll(() => existsSync(postFile), { timeout: 120_000 }).toBe(true);
  const text = readFileSync(postFile, 'utf8');
  const frontmatter = parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
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
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', contentDir], {
    encoding: 'utf8',
  });
  expect(check.status, `check:content on the saved post:\n${check.stdout}${check.stderr}`).toBe(0);

  const outDir = mkdtempSync(join(tmpdir(), 'cpp-cms-build-'));
  try {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, CPP_CONTENT_DIR: contentDir },
      timeout: 180_000,
    });
    expect(build.status, `astro build with the saved post:\n${build.stdout}${build.stderr}`).toBe(0);
    expect(readFileSync(join(outDir, 'blog', SLUG, 'index.html'), 'utf8')).toContain('Year two: what the pairs');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

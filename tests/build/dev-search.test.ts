/**
 * Search under `npm run dev`: a rapporteur previewing a post can find it by a word of its text,
 * before any build. The dev server indexes the content folder as it starts, and again after a save.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumExecutable } from '../../scripts/lib/browser';
import { materialiseFixture } from '../support/fixtures';

const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
let server: ChildProcess | undefined;
let browser: Browser | undefined;
const GOOD_POST = materialiseFixture('good-post');

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(GOOD_POST, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts `astro dev` on the good-post fixture and waits until it answers. */
async function startDev(): Promise<string> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    CPP_CONTENT_DIR: GOOD_POST,
    NO_COLOR: '1',
  };
  server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt++) {
    const answered = await fetch(`${base}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return base;
    if (server.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not start:\n${log}`);
}

describe('search under npm run dev', () => {
  it('finds a fixture post by a word of its text', async () => {
    const base = await startDev();
    const executablePath = chromiumExecutable();
    browser = await chromium.launch(executablePath ? { executablePath } : {});
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=visits`);
    const results = page.locator('[data-search-list]');
    await expect
      .poll(() => results.getByRole('link').allTextContents(), { timeout: 120_000 })
      .toContain('A fixture post about the launch');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/result/);

    // A post saved while the preview runs is found without restarting it.
    const saved = readFileSync(join(GOOD_POST, 'posts', 'fixture-post.mdx'), 'utf8')
      .replace('title: A fixture post about the launch', `title: 'A post saved while previewing: the allotments'`)
      .replace('The programme opened', 'Allotments came up when the programme opened');
    writeFileSync(join(GOOD_POST, 'posts', 'a-post-saved-while-previewing.mdx'), saved);
    await expect
      .poll(
        async () => {
          await page.goto(`${base}/search/?q=allotments`);
          await page
            .locator('[data-search-status]')
            .filter({ hasText: /result/ })
            .waitFor({ timeout: 10_000 });
          return results.getByRole('link').allTextContents();
        },
        { timeout: 120_000, interval: 1000 },
      )
      .toContain('A post saved while previewing: the allotments');
  }, 300_000);
});

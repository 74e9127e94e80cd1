/**
 * No page grows with the corpus: the same generated site built with N and with 3N posts must have
 * a largest page (gzip) no more than 10% larger. A list that held every post (a theme page, the
 * themes overview's table, a person's page, the about page's timeline table, the blog's page links)
 * would grow about threefold and fail here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseCorpusOptions, writeContent } from '../../scripts/bench/builds';
import { filesUnder, largestPage } from '../../scripts/bench/built-site';

const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * Above the folding points (10 posts a list page, 40 post rows in a chart table) and past the
 * point where the time line has a mark in nearly every month of 2013–2015, which it cannot exceed.
 */
const N = 150;
const work = mkdtempSync(join(tmpdir(), 'cpp-growth-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds `posts` generated posts and returns the largest page. */
function buildWith(posts: number) {
  const content = writeContent(join(work, `content-${posts}`), baseCorpusOptions(posts));
  const out = join(work, `site-${posts}`);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    CPP_CONTENT_DIR: content,
    // Both builds share one card cache: the cards of the first N posts are drawn once.
    CPP_CARD_CACHE_DIR: join(work, 'cards'),
  };
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
    encoding: 'utf8',
    env,
    timeout: 600_000,
  });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  const html = filesUnder(out).filter((file) => file.endsWith('.html'));
  return { largest: largestPage(out, html), pages: html.length };
}

describe('page size against corpus size', () => {
  it(`keeps the largest page within 10% when the posts grow from ${N} to ${3 * N}`, () => {
    const small = buildWith(N);
    const large = buildWith(3 * N);
    expect(large.pages).toBeGreaterThan(small.pages + 2 * N);
    expect(small.largest).toBeDefined();
    expect(large.largest).toBeDefined();
    expect(
      large.largest!.gzipBytes,
      `largest page at ${3 * N} posts: ${large.largest!.path} (${large.largest!.gzipBytes} B gzip); at ${N}: ${small.largest!.path} (${small.largest!.gzipBytes} B)`,
    ).toBeLessThanOrEqual(small.largest!.gzipBytes * 1.1);
  }, 1_200_000);
});

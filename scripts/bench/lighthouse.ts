/**
 * Lighthouse's four category scores for a page, with its default mobile preset (simulated slow 4G
 * and a mid-tier phone), run by the `lighthouse` command against the local server with the same
 * Chromium as the tests. It needs no network beyond localhost.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../lib/browser';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseScores {
  type: string;
  path: string;
  /** Scores out of 100, as Lighthouse shows them. */
  scores?: Record<Category, number>;
  /** Why there are no scores, when there are none. */
  unavailable?: string;
  /** The audits that cost points, for the README's "why". */
  failingAudits?: string[];
}

const LIGHTHOUSE = 'node_modules/.bin/lighthouse';

interface LighthouseReport {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
}

/** The audits with a weight in the four categories that scored under 1. */
function failingAudits(report: LighthouseReport): string[] {
  const ids = new Set(
    CATEGORIES.flatMap(
      (category) => report.categories[category]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? [],
    ),
  );
  return [...ids].flatMap((id) => {
    const audit = report.audits[id];
    return audit && audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 1
      ? [`${id} (${Math.round(audit.score * 100)}): ${audit.title}`]
      : [];
  });
}

export function runLighthouse(baseUrl: string, type: string, path: string): Promise<LighthouseScores> {
  if (!existsSync(LIGHTHOUSE)) {
    return Promise.resolve({ type, path, unavailable: 'lighthouse is not installed (npm install)' });
  }
  const chrome = chromiumExecutable() ?? chromium.executablePath();
  const args = [
    new URL(path, baseUrl).href,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
  ];
  return new Promise((resolve) => {
    execFile(
      LIGHTHOUSE,
      args,
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error) {
          resolve({ type, path, unavailable: `lighthouse failed: ${error.message.split('\n')[0]}` });
          return;
        }
        const report = JSON.parse(stdout) as LighthouseReport;
        if (report.runtimeError) {
          resolve({ type, path, unavailable: `lighthouse: ${report.runtimeError.message}` });
          return;
        }
        const scores = Object.fromEntries(
          CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
        ) as Record<Category, number>;
        resolve({ type, path, scores, failingAudits: failingAudits(report) });
      },
    );
  });
}

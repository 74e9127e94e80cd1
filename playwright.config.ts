import { defineConfig, devices } from '@playwright/test';
import { WRANGLER_ENV, wranglerCommand } from './scripts/lib/wrangler';
import { chromiumExecutable } from './scripts/lib/browser';

/**
 * End-to-end tests run against two built sites, each served by Cloudflare Pages' own local runtime
 * (`wrangler pages dev`, as `npm start` does), which applies `_headers` as production does:
 * - `fixture`: the pinned fixture site (tests/fixtures/e2e-site, built into dist-e2e/ by
 *   `npm run build:e2e-fixture`), on E2E_PORT. Its specs assert hard-coded titles, counts and
 *   addresses, so a content edit never changes what they check.
 * - `smoke`: the real content (dist/, `npm run build`), on E2E_PORT + 10. Only checks that hold for
 *   any content run here (tests/e2e/smoke/): axe, links, validity, headers, reflow, no JavaScript.
 * Each server's debugger listens on its port + 100.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const SMOKE_PORT = PORT + 10;
const executablePath = chromiumExecutable();

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

/** Wrangler starts in about 15 s on a busy two-core machine (bundling its shim, starting workerd). */
const server = (dir: string, port: number, persistTo: string) => ({
  command: wranglerCommand({ dir, port, inspectorPort: port + 100, persistTo }),
  url: `http://127.0.0.1:${port}/`,
  env: { ...WRANGLER_ENV },
  reuseExistingServer: !process.env['CI'],
  timeout: 120_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'fixture',
      testIgnore: 'smoke/**',
      use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'smoke',
      testDir: 'tests/e2e/smoke',
      use: { ...chromium, baseURL: `http://127.0.0.1:${SMOKE_PORT}` },
    },
  ],
  webServer: [
    server('dist-e2e', PORT, 'node_modules/.cache/wrangler-e2e'),
    server('dist', SMOKE_PORT, 'node_modules/.cache/wrangler'),
  ],
});

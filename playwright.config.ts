import { defineConfig, devices } from '@playwright/test';
import { WRANGLER_ENV, wranglerCommand } from './scripts/lib/wrangler';
import { chromiumExecutable } from './scripts/lib/browser';

/**
 * End-to-end tests run against the built site (`npm run build` first), served by Cloudflare Pages'
 * own local runtime (`wrangler pages dev`, as `npm start` does), which applies `dist/_headers` as
 * production does. Its debugger listens on E2E_PORT + 100.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: wranglerCommand({ dir: 'dist', port: PORT, inspectorPort: PORT + 100 }),
    url: `http://127.0.0.1:${PORT}/`,
    env: { ...WRANGLER_ENV },
    reuseExistingServer: !process.env['CI'],
    // Wrangler starts in about 15 s on a busy two-core machine (bundling its shim, starting workerd).
    timeout: 120_000,
  },
});

/**
 * Which Chromium the tests drive: the one in CHROMIUM_PATH, else the system's /usr/bin/chromium,
 * else Playwright's own download (`npx playwright install chromium`). With none, say so plainly.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found for the browser tests. Install Playwright\'s own with "npx playwright install chromium", ' +
      'install your system\'s Chromium (Debian: "apt-get install chromium"), or set CHROMIUM_PATH to a Chromium binary.',
  );
}

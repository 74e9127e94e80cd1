/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests for src/lib and scripts; Playwright owns tests/e2e. */
export default getViteConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/build/**/*.test.ts',
      'tests/security/**/*.test.ts',
    ],
    testTimeout: 120_000,
  },
});

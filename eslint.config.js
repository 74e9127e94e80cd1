// @ts-check
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-e2e/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-work/',
      '.wrangler/',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  // Typed rules on TypeScript. Not on .astro: the Astro parser does not work with projectService
  // (ota-meshi/eslint-plugin-astro#447), and TypeScript alone cannot read .astro modules, so values
  // from them would be error types; `astro check` type-checks .astro files.
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
);

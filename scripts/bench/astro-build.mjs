// Builds one Astro project through Astro's JavaScript API, so the benchmark can give each build its
// own output and cache folders (the CLI has no flag for `cacheDir`). A fresh cache folder makes
// every build cold: the content layer and Vite reuse nothing from an earlier run.
// Usage: node scripts/bench/astro-build.mjs <root> <outDir> <cacheDir>
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  console.error('Usage: node scripts/bench/astro-build.mjs <root> <outDir> <cacheDir>');
  process.exit(2);
}
await build({ root, outDir, cacheDir, logLevel: 'warn' });

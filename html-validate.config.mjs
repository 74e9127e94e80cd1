/**
 * html-validate's rules for the built pages (tests/e2e/smoke/html-valid.spec.ts; by hand: `npx html-validate dist`).
 * We take the recommended rules and the ones for whole documents; every change below says why.
 */
import { defineFlatConfig } from 'html-validate';
import html5 from 'html-validate/elements/html5';
import { document, recommended } from 'html-validate/presets';

export default defineFlatConfig([
  { elements: [html5] },
  recommended,
  document,
  {
    rules: {
      // Subresource integrity guards files fetched from another origin. Ours come from the page's own
      // origin, where anyone able to change a file could change the hash in the page as well, so SRI
      // is required only for cross-origin files (and there are none: see no-external-requests.spec.ts).
      'require-sri': ['error', { target: 'crossorigin' }],
      // Publications keep the exact titles their publishers gave them, and a citation must match the
      // original ("Connecting Policy with Practice: Insights from the Connecting Policy with Practice
      // Programme in 2014-15" is 89 characters). The site's name is left off titles that are already
      // long (SeoHead.astro), so only such quoted titles pass 70 characters; 120 still catches mistakes.
      'long-title': ['error', { maxlength: 120 }],
    },
  },
]);

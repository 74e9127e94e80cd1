/**
 * html-validate's rules for the built pages (tests/e2e/html-valid.spec.ts; by hand: `npx html-validate dist`).
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
    },
  },
]);

/** The MDX component map that gives `##`–`####` headings their self-links. */
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';

// ESLint's TypeScript program cannot read .astro modules (astro check types them), so they show as errors here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
export const headingComponents = { h2: H2, h3: H3, h4: H4 };

/**
 * Runs the content checks (the same as `npm run check:content`) before Astro reads the content,
 * so a build with a broken post stops with the rapporteur's messages rather than a stack trace,
 * and `npm run dev` prints them as warnings while the writer keeps previewing.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check/check-content';
import { formatProblem, runSummary } from '../lib/content-check/problem';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'cpp:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const root = fileURLToPath(config.root);
        const { problems, filesChecked } = checkContent({
          contentDir: resolve(root, process.env['CPP_CONTENT_DIR'] ?? 'content'),
          repoRoot: root,
          displayRoot: root,
        });
        const summary = runSummary(problems, filesChecked, performance.now() - started);
        if (problems.length === 0) {
          logger.info(summary);
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.warn(`The content checks found problems (the build will refuse them):\n${report}\n${summary}`);
          return;
        }
        logger.error(`The content checks found problems:\n${report}\n${summary}`);
        const error = new AstroError(
          `The content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, listed above.`,
          'Fix each one as its message says (CONTRIBUTING.md explains every field), then build again. "npm run check:content" lists them without building.',
        );
        // The messages above say everything; a stack trace into this file would only alarm a rapporteur.
        error.stack = '';
        throw error;
      },
    },
  };
}

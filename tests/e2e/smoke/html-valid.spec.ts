/**
 * Every built page is valid HTML by html-validate's recommended and document rules
 * (html-validate.config.mjs says which rules are adjusted and why). It reads dist/ without a
 * browser, so it runs with the browser tests, after the build.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FlatConfigLoader, HtmlValidate } from 'html-validate';
import { fileForPath } from '../support/built-html';
import { builtPages, DIST } from '../../../scripts/lib/built-site';

test('every built page is valid HTML', async () => {
  const loader = FlatConfigLoader.fromDirectory(process.cwd());
  if (!loader) throw new Error('No html-validate.config.mjs found in the project folder.');
  const validator = new HtmlValidate(loader);
  const problems: string[] = [];
  for (const path of builtPages()) {
    const file = join(DIST, fileForPath(path));
    const report = await validator.validateFile(file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      problems.push(`${file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

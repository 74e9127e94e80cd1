/** Watching a page for what its Content-Security-Policy blocks. */
import type { Page } from '@playwright/test';

/**
 * Records every CSP violation a page reports (the DOM event says what was blocked and where), and
 * any other console complaint about the policy, such as a directive a `<meta>` cannot carry.
 */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text) && !/violates the following/.test(text)) violations.push(text);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}: "${event.sample}"`);
    });
  });
  return violations;
}

/** Runs axe with the WCAG 2.2 A and AA rule tags and returns readable violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules turned off, each with its reason. Empty: every WCAG 2.2 A and AA rule axe has applies.
 * A rule goes here only when axe is wrong about our markup, never to hide a real barrier.
 */
const AXE_RULES_OFF: Readonly<Record<string, string>> = {};

/** Every violation on the page, one line each: rule, impact, the element and how to fix it. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).disableRules(Object.keys(AXE_RULES_OFF)).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} – ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

/**
 * Sweeps that visit every built page: the pages in groups, so a big site still spreads over the
 * workers and each test reuses one browser page instead of opening one per URL.
 */
import { builtPages } from '../../../scripts/lib/built-site';

/** Pages per test: small enough to spread over workers, big enough to reuse a browser page. */
const GROUP_SIZE = 12;

/** Every built page, in groups, each with a label for the test title: `pages 1–12 of 40`. */
export function pageGroups(size = GROUP_SIZE): { label: string; paths: string[] }[] {
  const pages = builtPages();
  const groups: { label: string; paths: string[] }[] = [];
  for (let start = 0; start < pages.length; start += size) {
    const paths = pages.slice(start, start + size);
    groups.push({ label: `pages ${start + 1}–${start + paths.length} of ${pages.length}`, paths });
  }
  return groups;
}

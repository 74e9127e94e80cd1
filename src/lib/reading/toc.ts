/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests `##` and `###` headings into a table of contents. Deeper headings and the footnotes
 * heading are left out: the contents list is for finding a section, not every paragraph.
 */
export function tableOfContents(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth || heading.slug === 'footnote-label') continue;
    const item: TocItem = { slug: heading.slug, text: heading.text, children: [] };
    const parent = items.at(-1);
    if (heading.depth > 2 && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}

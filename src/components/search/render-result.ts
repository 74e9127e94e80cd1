/** Builds one search result's list item from Pagefind's data, with text nodes only (no HTML strings). */
import { bestSections, excerptParts } from '../../lib/search/search-results';
import type { PagefindFragment } from './pagefind-types';

/** How many matching sections a result links to. */
const SECTIONS_SHOWN = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(html: string, className: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const part of excerptParts(html)) {
    paragraph.append(part.marked ? element('mark', '', part.text) : part.text);
  }
  return paragraph;
}

/**
 * A result: its title as a link, its type and date, an excerpt with the matched words marked (or
 * its summary when only filters were chosen), and links to its best-matching sections.
 */
export function renderResult(result: PagefindFragment, hasTerm: boolean): HTMLLIElement {
  const item = element('li', 'result');
  const title = result.meta.title ?? result.url;
  const heading = element('h3', 'result__title');
  const link = element('a', '', title);
  link.href = result.url;
  heading.append(link);
  item.append(heading);
  const facts = [result.meta.type, result.meta.date].filter(Boolean).join(' · ');
  if (facts) item.append(element('p', 'result__meta', facts));
  if (hasTerm) item.append(excerpt(result.excerpt, 'result__excerpt'));
  else if (result.meta.summary) item.append(element('p', 'result__excerpt', result.meta.summary));
  const sections = hasTerm ? bestSections(result.sub_results, SECTIONS_SHOWN) : [];
  if (sections.length > 0) {
    const list = element('ul', 'result__sections');
    list.setAttribute('aria-label', `Matching sections of “${title}”`);
    for (const section of sections) {
      const entry = element('li', '');
      const sectionLink = element('a', '', section.title.trim());
      sectionLink.href = section.url;
      entry.append(sectionLink, excerpt(section.excerpt, ''));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

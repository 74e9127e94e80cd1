/**
 * Marks the searched words in the main text of a page opened from a search result (the address
 * carries them as `?highlight=…`). Run by the header script only when that parameter is there.
 */
import { highlightPattern } from '../../lib/search/highlight-terms';

/** Text that is not the page's content (contents list, citation box) keeps its words unmarked. */
const SKIP = '[data-pagefind-ignore], mark, script, style';

export function markSearchedWords(words: readonly string[], root: Element): void {
  const pattern = highlightPattern(words);
  if (!pattern) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of text.data.matchAll(pattern)) {
      fragment.append(text.data.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
    }
    if (last === 0) continue;
    fragment.append(text.data.slice(last));
    text.replaceWith(fragment);
  }
}

/**
 * The only script every page loads, kept tiny (under 1 KB gzipped): `/` focuses the search field
 * from anywhere, and a page opened from a search result marks the searched words. The marking is
 * bundled in rather than imported on demand: Vite's preload helper for a dynamic import would
 * weigh more than the marking itself. A document-wide key is not an island's markup to upgrade,
 * so this is a plain module script.
 */
import { markSearchedWords } from './mark-searched-words';

/** Where `/` is a character the reader is typing, not a shortcut. */
const TYPING_FIELDS = 'input:not([type=checkbox], [type=radio], [type=submit], [type=button]), textarea, select';

/** The search page's own field when there is one, else the header's. */
const searchField = () =>
  document.querySelector<HTMLInputElement>('#search-query:not([disabled])') ??
  document.querySelector<HTMLInputElement>('#site-search');

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target?.isContentEditable || target?.matches(TYPING_FIELDS)) return;
  const field = searchField();
  if (!field) return;
  event.preventDefault();
  // On a phone the header's field sits in the closed "Menu" <details>: open it first.
  const menu = field.closest('details');
  if (menu) menu.open = true;
  field.focus();
  field.select();
});

const words = new URLSearchParams(location.search).getAll('highlight');
const content = document.querySelector('[data-pagefind-body]');
if (words.length && content) markSearchedWords(words, content);

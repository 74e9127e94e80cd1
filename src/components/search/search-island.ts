/**
 * `<cpp-search>`: searches as the reader types, keeps the search in the address so the back button
 * steps through searches, and announces how many results there are. While the reader types, one
 * history entry follows the words (replaced, not added, at each search); a submit settles it, and a
 * filter change adds an entry of its own. Pagefind's bundle is imported when the reader first types
 * in the field, never before.
 */
import { firstBatchSize, resultCountMessage, searchWhileTyping, withSomeWords } from '../../lib/search/search-results';
import {
  activeFilterCount,
  contentWords,
  hasSearch,
  pagefindOptions,
  parseSearchState,
  searchTerm,
  serialiseSearchState,
  type SearchState,
} from '../../lib/search/search-state';
import type { Pagefind, PagefindResult } from './pagefind-types';
import { renderResult } from './render-result';

/** Where the build writes Pagefind's bundle; a variable, so Vite leaves the import to the browser. */
const PAGEFIND_BUNDLE = '/pagefind/pagefind.js';
/** How many more results "Show more results" adds. */
const PAGE_SIZE = 10;
/**
 * Where the results list starts, taken as fixed rather than measured: measured, it moved with font
 * loading and layout timing, so the same window got three results one time and four the next.
 */
const FIRST_BATCH_LIST_TOP_PX = 400;
/** Below this many pages holding every word, pages holding some of the words are added. */
const FEW_RESULTS = 3;
/** Searches run for single words at most (each loads a small part of the index). */
const MAX_SINGLE_WORDS = 8;
const LOAD_FAILED = 'Search could not load. Reload the page, or browse the site instead:';

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_BUNDLE).then(async (module: Pagefind) => {
    // In the page, not Pagefind's worker: no worker file to download (13 KB) and no message hops;
    // a search of this site's index takes tens of milliseconds (`npm run bench` times it).
    await module.options({ highlightParam: 'highlight', excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  });
  return pagefind;
}

class CppSearch extends HTMLElement {
  #form = this.querySelector('form')!;
  #query = this.querySelector<HTMLInputElement>('#search-query')!;
  #status = this.querySelector<HTMLElement>('[data-search-status]')!;
  #list = this.querySelector<HTMLOListElement>('[data-search-list]')!;
  #more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
  #fallback = this.querySelector<HTMLElement>('[data-search-fallback]')!;
  /** The search typing started, while it runs; typing meanwhile waits for it (see {@link #typed}). */
  #typingSearch: Promise<void> | undefined;
  #typedMeanwhile = false;
  /** Increases with every search, so a slow answer to an older search is dropped. */
  #generation = 0;
  #results: PagefindResult[] = [];
  #hasTerm = false;
  /** Whether the current history entry is words still being typed (replaced as typing goes on). */
  #typingEntry = false;

  connectedCallback() {
    this.#fallback.hidden = true;
    this.#form.hidden = false;
    this.#form.addEventListener('input', (event) => {
      if (event.target !== this.#query) return;
      // Typing is searching: fetch the bundle while the first letters go in.
      loadPagefind().catch(() => undefined);
      if (searchWhileTyping(this.#query.value)) this.#typed();
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#query) void this.#update('filter');
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#update('submit');
    });
    this.#more.addEventListener('click', () => void this.#showMore(this.#generation, true));
    window.addEventListener('popstate', () => {
      this.#typingEntry = false;
      this.#restore();
    });
    this.#restore();
  }

  /** Shows the ways to browse instead, with the reason search is not there. */
  #fail(reason: string) {
    this.#form.hidden = true;
    this.#fallback.hidden = false;
    const first = this.#fallback.querySelector('p');
    if (first) first.textContent = reason;
  }

  /**
   * Searches the words typed so far at once, unless a search for earlier letters is still running:
   * that one is then given up at its next step (so it downloads no result texts) and the latest
   * words are searched when it ends. One search at a time, never a queue, and no pause after the
   * last key.
   */
  #typed() {
    if (this.#typingSearch) {
      this.#typedMeanwhile = true;
      this.#generation++;
      return;
    }
    this.#typingSearch = this.#update('typing').finally(() => {
      this.#typingSearch = undefined;
      if (!this.#typedMeanwhile) return;
      this.#typedMeanwhile = false;
      if (searchWhileTyping(this.#query.value)) this.#typed();
    });
  }

  #update(cause: 'typing' | 'submit' | 'filter'): Promise<void> {
    const state = parseSearchState(new URLSearchParams(new FormData(this.#form) as unknown as string[][]));
    const address = `${location.pathname}${serialiseSearchState(state)}`;
    if (address !== `${location.pathname}${location.search}`) {
      /* An entry with no search, or with words still being typed, is not worth going back to. */
      const replace = this.#typingEntry
        ? cause !== 'filter'
        : cause === 'typing' && !hasSearch(parseSearchState(location.search));
      if (replace) history.replaceState(null, '', address);
      else history.pushState(null, '', address);
    }
    this.#typingEntry = cause === 'typing';
    return this.#search(state);
  }

  /** Puts the address's search into the form and runs it: on load and on the back button. */
  #restore() {
    const state = parseSearchState(location.search);
    this.#query.value = state.query;
    for (const control of this.#form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
      const chosen = control.name in state.filters ? state.filters[control.name as keyof typeof state.filters] : [];
      if (control instanceof HTMLInputElement && control.type === 'checkbox')
        control.checked = chosen.includes(control.value);
      else if (control instanceof HTMLSelectElement)
        control.value = control.name === 'sort' ? state.sort : (chosen[0] ?? '');
    }
    void this.#search(state);
  }

  async #search(state: SearchState) {
    const generation = ++this.#generation;
    if (!hasSearch(state)) {
      this.#results = [];
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = '';
      return;
    }
    let api: Pagefind;
    try {
      api = await loadPagefind();
    } catch {
      return this.#fail(LOAD_FAILED);
    }
    const term = searchTerm(state);
    const options = pagefindOptions(state);
    const response = await api.search(term, options);
    if (!response || generation !== this.#generation) return;
    let results = response.results;
    const words = contentWords(term).slice(0, MAX_SINGLE_WORDS);
    const someWordsHelp = words.length > 1 || (words.length === 1 && words[0] !== term?.toLowerCase());
    if (results.length < FEW_RESULTS && someWordsHelp) {
      const perWord = await Promise.all(words.map((word) => api.search(word, options)));
      if (generation !== this.#generation) return;
      results = withSomeWords(
        results,
        perWord.map((answer) => answer?.results ?? []),
      );
    }
    this.#results = results;
    this.#hasTerm = term !== null;
    this.#list.replaceChildren();
    await this.#showMore(generation, false);
    if (generation !== this.#generation) return;
    const message = resultCountMessage(results.length, term, activeFilterCount(state), response.results.length);
    this.#status.textContent = message;
  }

  /**
   * Adds the next results; after the button, focus goes to the first new one. The first batch is
   * what the window shows (each result's text is a download of its own), the button adds
   * {@link PAGE_SIZE} more.
   */
  async #showMore(generation: number, moveFocus: boolean) {
    const shown = this.#list.children.length;
    const size = shown === 0 ? firstBatchSize(window.innerHeight, FIRST_BATCH_LIST_TOP_PX, PAGE_SIZE) : PAGE_SIZE;
    const batch = await Promise.all(this.#results.slice(shown, shown + size).map((result) => result.data()));
    if (generation !== this.#generation) return;
    const items = batch.map((fragment) => renderResult(fragment, this.#hasTerm));
    this.#list.append(...items);
    this.#more.hidden = this.#list.children.length >= this.#results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }
}

customElements.define('cpp-search', CppSearch);

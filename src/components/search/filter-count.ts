/**
 * Keeps the "Filter results" control's count of active filters up to date: from the address when
 * the page opens or history moves, from the form as the reader changes it. The count is shown in
 * words ("2 active") so it needs no colour or icon to be understood.
 */
import { FILTER_KEYS, parseSearchState } from '../../lib/search/search-state';

/** How many filter values are chosen in `form` (the sort order is not a filter). */
function activeFilterCount(form: HTMLFormElement): number {
  const data = new FormData(form);
  return FILTER_KEYS.reduce((sum, key) => sum + data.getAll(key).filter((value) => value !== '').length, 0);
}

function show(output: HTMLElement, count: number): void {
  output.textContent = count === 0 ? '' : `${count} active`;
  output.hidden = count === 0;
}

export function trackFilterCount(root: HTMLElement): void {
  const output = root.querySelector<HTMLElement>('[data-filter-count]');
  const form = root.closest('form');
  if (!output || !form) return;
  const fromAddress = () => {
    const { filters } = parseSearchState(location.search);
    show(
      output,
      FILTER_KEYS.reduce((sum, key) => sum + filters[key].length, 0),
    );
  };
  fromAddress();
  form.addEventListener('change', () => show(output, activeFilterCount(form)));
  window.addEventListener('popstate', fromAddress);
}

/**
 * Browser code for <cpp-chart>: a tooltip that shows what a mark holds, on hover and on keyboard
 * focus. It follows WCAG 1.4.13: it stays while the pointer is over it and Escape dismisses it.
 * Marks are server-rendered elements with `data-tip`; those that are not links become focusable
 * here, since only now can focusing them show something.
 */
export function upgradeChart(chart: HTMLElement): void {
  const tooltip = chart.querySelector<HTMLElement>('[role="tooltip"]');
  if (!tooltip) return;
  let current: Element | undefined;

  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = undefined;
    tooltip.hidden = true;
  };

  const show = (target: EventTarget | null) => {
    const mark = target instanceof Element ? target.closest('[data-tip]') : null;
    if (!mark || !chart.contains(mark) || mark === current) return;
    hide();
    current = mark;
    tooltip.textContent = mark.getAttribute('data-tip');
    mark.setAttribute('aria-describedby', tooltip.id);
    tooltip.hidden = false;
    // Below the mark, kept inside the chart's box (CSSOM styles are allowed by the CSP).
    const box = chart.getBoundingClientRect();
    const markBox = mark.getBoundingClientRect();
    const left = Math.min(Math.max(0, markBox.left - box.left), Math.max(0, box.width - tooltip.offsetWidth));
    tooltip.style.insetInlineStart = `${Math.round(left)}px`;
    tooltip.style.insetBlockStart = `${Math.round(markBox.bottom - box.top + 4)}px`;
  };

  for (const mark of chart.querySelectorAll('[data-tip]:not(a)')) mark.setAttribute('tabindex', '0');
  chart.addEventListener('focusin', (event) => show(event.target));
  chart.addEventListener('focusout', hide);
  chart.addEventListener('pointerover', (event) => {
    if (!tooltip.contains(event.target as Node)) show(event.target);
  });
  chart.addEventListener('pointerleave', hide);
  chart.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

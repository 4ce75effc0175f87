import { fieldSelectors } from './field-links.ts';

const focusable = 'input, select, textarea, button, [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus to the field at `path` on the tab just opened, or to the nearest section holding
 * it, and brings it into view. The tab renders on the next frames, so it looks again for a
 * short while; failing that, focus goes to the tab's first control rather than being lost.
 */
export function focusFieldSoon(path: string, tries = 20): void {
  const attempt = (left: number) => {
    for (const selector of fieldSelectors(path)) {
      const anchor = document.querySelector<HTMLElement>(selector);
      if (!anchor) continue;
      const target = anchor.matches(focusable) ? anchor : anchor.querySelector<HTMLElement>(focusable);
      if (!target) continue;
      target.focus();
      target.scrollIntoView({ block: 'center' });
      return;
    }
    if (left > 0) {
      requestAnimationFrame(() => attempt(left - 1));
      return;
    }
    document.querySelector<HTMLElement>(`.tabpanel ${focusable}`)?.focus();
  };
  requestAnimationFrame(() => attempt(tries));
}

import { useTranslation } from 'react-i18next';
import { anchorCandidates, onThisTab } from './paths.ts';

const focusable = 'input, select, textarea, button, [tabindex]';

/** Moves focus to the field at `path` on this tab (or the nearest thing holding it) and brings it into view. */
export function focusField(path: string): boolean {
  for (const id of anchorCandidates(path)) {
    const anchor = document.getElementById(id);
    if (!anchor) continue;
    const target = anchor.matches(focusable) ? anchor : anchor.querySelector<HTMLElement>(focusable);
    if (!target) continue;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}

/** "Go to the field": shown only for fields on this tab; `what` names the gap for screen readers. */
export function GoToField({ path, what }: { readonly path: string; readonly what: string }) {
  const { t } = useTranslation();
  if (!onThisTab(path)) return null;
  return (
    <button type="button" className="link-button" onClick={() => focusField(path)}>
      {t('hc.goToField')}
      <span className="visually-hidden">: {what}</span>
    </button>
  );
}

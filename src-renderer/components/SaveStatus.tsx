import { useTranslation } from 'react-i18next';
import type { SaveState } from '../api/case-editor.ts';
import { describeError } from '../i18n/describe.ts';
import './SaveStatus.css';

/**
 * "Saving…", "Saved" or "Not saved — why", announced politely to screen readers; under it, when
 * the vault holds what was typed as the case's draft, a line that says so.
 */
export function SaveStatus({ state }: { readonly state: SaveState }) {
  const { t } = useTranslation();
  let text: string;
  let tone: 'ok' | 'busy' | 'bad';
  switch (state.kind) {
    case 'idle':
    case 'saved':
      text = t('save.saved');
      tone = 'ok';
      break;
    case 'pending':
    case 'saving':
      text = t('save.saving');
      tone = 'busy';
      break;
    case 'invalid':
      text = t('save.invalid', { count: state.count });
      tone = 'bad';
      break;
    case 'locked':
      text = t('save.locked');
      tone = 'bad';
      break;
    case 'error':
      text = t('save.error', { reason: describeError(t, state.error) });
      tone = 'bad';
      break;
  }
  return (
    <>
      <p className={`save-status save-${tone}`} role="status" aria-live="polite" data-testid="save-status">
        {text}
      </p>
      {state.kind === 'invalid' && state.kept === true ? (
        <p className="save-note" data-testid="save-note">
          {t('form.keptDraft')}
        </p>
      ) : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { LetterTranslation } from './letters.ts';

/** Under the statement picker: what the linked statement's translation holds so far. */
export function LetterTranslationNote({ state }: { readonly state: LetterTranslation }) {
  const { t } = useTranslation();
  if (state.kind === 'no-statement') return null;
  const text =
    state.kind === 'statement-missing'
      ? t('hc.letters.translationState.missing')
      : state.kind === 'not-translated'
        ? t('hc.letters.translationState.none')
        : t('hc.letters.translationState.done', {
            lang: state.lang.toUpperCase(),
            done: state.done,
            total: state.total,
            certification: state.certification
              ? t(`statements.certifications.${state.certification}`)
              : t('hc.letters.translationState.uncertified'),
          });
  return (
    <p className="field-note" data-testid="hc-letter-translation">
      {text}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { unprintableScripts } from '../../src-main/core/lang/script.ts';

/** The scripts of `value` no bundled font draws, named as messages name them ("Text in Odia script"), or [] . */
export function useUnprintable(value: string): string[] {
  const { t } = useTranslation();
  return [...unprintableScripts(value)].map((script) => t(`validation.scriptName.${script}`));
}

/**
 * Said under a field the moment its value holds a script no bundled font draws: the PDF of any
 * document printing it will be refused, so the user can add a Latin spelling now rather than
 * learn it at print time.
 */
export function ScriptWarning({ id, scripts }: { readonly id: string; readonly scripts: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field-warning">
      <span aria-hidden="true">⚠ </span>
      {t('fonts.unprintable', { scripts: scripts.join(', ') })}
    </p>
  );
}

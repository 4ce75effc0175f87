import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n/index.ts';
import './LanguageSwitch.css';

const choices: readonly { readonly value: UiLanguage; readonly label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
];

/** Two buttons, each named in its own language, so anyone can find theirs. */
export function LanguageSwitch({ value, onChange }: { readonly value: UiLanguage; readonly onChange: (language: UiLanguage) => void }) {
  const { t } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          lang={choice.value}
          className="lang-button"
          aria-pressed={value === choice.value}
          onClick={() => onChange(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

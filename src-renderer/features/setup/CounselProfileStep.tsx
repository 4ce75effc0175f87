import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../components/focus.ts';
import { CounselProfileForm } from '../settings/CounselProfileForm.tsx';

/**
 * First run, after the vault is made: the counsel profile every letter is printed on, asked for
 * once with the Settings form itself. It can be skipped; a document that needs it says so later.
 */
export function CounselProfileStep({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [saved, setSaved] = useState(false);
  return (
    <section className="narrow-screen" aria-labelledby="counsel-step-title">
      <h1 id="counsel-step-title" ref={heading} tabIndex={-1}>
        {t('form.firstRun.title')}
      </h1>
      <p className="lead">{t('form.firstRun.intro')}</p>
      <CounselProfileForm onSaved={() => setSaved(true)} />
      <div className="actions">
        <button type="button" className={saved ? 'button button-primary' : 'button'} onClick={onDone}>
          {saved ? t('form.firstRun.continue') : t('form.firstRun.skip')}
        </button>
      </div>
    </section>
  );
}

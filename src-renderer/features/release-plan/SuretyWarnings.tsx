import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import { rejectedSuretyWarnings } from '../../../src-main/core/rules/rejected-surety.ts';

/**
 * What in the release plan still rests on a bondsperson the member rejected (their home, their
 * supervision, a condition naming them, money only they offered), each named with its fix. A
 * warning, not a refusal: the plan saves and builds, and the packet records the same warnings.
 */
export function SuretyWarnings({ draft }: { readonly draft: Case }) {
  const { t } = useTranslation();
  const titleId = useId();
  const warnings = rejectedSuretyWarnings(draft);
  if (warnings.length === 0) return null;
  return (
    <section className="notice notice-warning" aria-labelledby={titleId} data-testid="surety-warnings">
      <h3 id={titleId}>{t('surety.warningsTitle')}</h3>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.code}:${w.path}`}>{t(`validation.${w.code}`, w.params)}</li>
        ))}
      </ul>
    </section>
  );
}

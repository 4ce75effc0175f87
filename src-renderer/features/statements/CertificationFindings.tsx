import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Case, TranslationDestination } from '../../../src-main/core/model/case.ts';
import { defaultTranslationRules } from '../../../src-main/core/rules/translation-rules-data.ts';
import { checkTranslation, type TranslationFinding } from '../../../src-main/core/rules/translation-rules.ts';
import type { StatementView } from '../../../src-main/core/model/translations.ts';
import { useCite } from '../../i18n/cite.ts';

/** A finding in the UI language; the English wording is the rule's own, kept as data. */
export function translationFindingText(t: TFunction, finding: TranslationFinding): string {
  const missing = (finding.missing ?? []).map((field) => t(`statements.findings.fields.${field}`)).join(', ');
  return t(`statements.findings.rules.${finding.ruleId}`, { missing, defaultValue: finding.message });
}

export interface CertificationFindingsProps {
  readonly draft: Case;
  /** The statement seen through the translation the findings are about. */
  readonly statement: StatementView;
  readonly destination: TranslationDestination | undefined;
}

/**
 * What the translation rules make of this translation for its destination, beside it: refusals
 * (the case will not save until they are resolved), warnings and notes, each citing its source,
 * and "unconfirmed" where the rule rests on IRCC guidance rather than on a regulation.
 */
export function CertificationFindings({ draft, statement, destination }: CertificationFindingsProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const titleId = useId();
  const findings = checkTranslation(draft, statement, defaultTranslationRules);
  const requirement =
    destination === undefined
      ? null
      : defaultTranslationRules.destinations[destination].accepts.map((k) => t(`statements.certifications.${k}`));
  return (
    <aside className="findings st-findings" aria-labelledby={titleId} data-testid="certification-findings">
      <h4 id={titleId}>{t('statements.findings.title')}</h4>
      <p className="st-accepts">
        {requirement === null
          ? t('statements.findings.noDestination')
          : t('statements.findings.accepts', {
              destination: t(`statements.destinations.${destination ?? 'IRB-ID'}`),
              kinds: requirement.join(t('statements.findings.or')),
            })}
      </p>
      <div aria-live="polite">
        {findings.length === 0 ? (
          <p className="findings-none">{t('statements.findings.none')}</p>
        ) : (
          <ul>
            {findings.map((finding) => (
              <li key={finding.ruleId} className={`finding finding-${finding.effect}`} data-testid="translation-finding">
                <span className={`badge finding-effect finding-effect-${finding.effect}`}>
                  {t(`statements.findings.effect.${finding.effect}`)}
                </span>
                {finding.status === 'unconfirmed' ? (
                  <span className="badge badge-muted" title={t('statements.findings.unconfirmedHint')}>
                    {t('statements.findings.unconfirmed')}
                  </span>
                ) : null}
                <p>{translationFindingText(t, finding)}</p>
                <p className="finding-citation">{t('statements.findings.citation', { citation: cite(finding.citation) })}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
      {findings.some((f) => f.status === 'unconfirmed') ? <p className="field-hint">{t('statements.findings.unconfirmedHint')}</p> : null}
    </aside>
  );
}

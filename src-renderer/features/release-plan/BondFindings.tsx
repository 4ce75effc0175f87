import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BondFinding } from '../../../src-main/core/rules/bonds.ts';
import { useCite } from '../../i18n/cite.ts';

/** A finding in the UI language; the English wording is the rule's own, kept as data. */
export function findingText(t: TFunction, finding: BondFinding): string {
  return t(`releasePlan.findingText.${finding.ruleId}`, { defaultValue: finding.message });
}

/** The refusals that land on one field, as one message (each already names its provision). */
export function refusalAt(t: TFunction, findings: readonly BondFinding[], field: string): string | undefined {
  const texts = findings.filter((f) => f.effect === 'refuse' && f.field === field).map((f) => findingText(t, f));
  return texts.length > 0 ? texts.join(' ') : undefined;
}

/**
 * What the IRPR 47 checks make of the offer, beside it: refusals (the case will not save until
 * they are resolved), warnings and notes, each with its citation, and "unconfirmed" where the
 * rule is a reading of practice rather than of the text. `ownerId` names the bondsperson, so
 * each card's checks are a landmark of their own.
 */
export function BondFindings({ findings, ownerId }: { readonly findings: readonly BondFinding[]; readonly ownerId: string }) {
  const { t } = useTranslation();
  const cite = useCite();
  const titleId = useId();
  return (
    <aside className="findings" aria-labelledby={`${titleId} ${ownerId}`}>
      <h4 id={titleId}>{t('releasePlan.findings.title')}</h4>
      <div aria-live="polite">
        {findings.length === 0 ? (
          <p className="findings-none">{t('releasePlan.findings.none')}</p>
        ) : (
          <ul>
            {findings.map((finding) => (
              <li key={finding.ruleId} className={`finding finding-${finding.effect}`} data-testid="bond-finding">
                <span className={`badge finding-effect finding-effect-${finding.effect}`}>
                  {t(`releasePlan.findings.effect.${finding.effect}`)}
                </span>
                {finding.status === 'unconfirmed' ? (
                  <span className="badge badge-muted" title={t('releasePlan.findings.unconfirmedHint')}>
                    {t('releasePlan.findings.unconfirmed')}
                  </span>
                ) : null}
                <p>{findingText(t, finding)}</p>
                <p className="finding-citation">{t('releasePlan.findings.citation', { citation: cite(finding.citation) })}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
      {findings.some((f) => f.status === 'unconfirmed') ? <p className="field-hint">{t('releasePlan.findings.unconfirmedHint')}</p> : null}
    </aside>
  );
}

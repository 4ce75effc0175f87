import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hcDecisionKinds, type Hc } from '../../../src-main/core/model/case.ts';
import type { HcBarReport } from '../../../src-main/core/rules/hc-bars.ts';
import { SelectField } from '../../components/Field.tsx';
import { withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { CheckField } from '../../components/inputs.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { BarFindings } from './BarFindings.tsx';
import { RemovalSection } from './RemovalSection.tsx';
import type { HcUpdate } from './model.ts';
import { anchorId } from './paths.ts';

export interface BarsSectionProps {
  readonly hc: Hc;
  readonly update: HcUpdate;
  /** Problems under `hc`. */
  readonly errorAt: ErrorAt;
  readonly report: HcBarReport;
}

type DecisionKind = (typeof hcDecisionKinds)[number];

/** '' (nothing chosen or typed) as no value. */
const orNone = <V extends string>(value: V | ''): V | undefined => (value === '' ? undefined : value);

/**
 * The facts the IRPA s.25(1.2) bars read, and beside them every check, live. The IRPR s.233
 * caution is always shown: filing an H&C request does not stay a removal; a scheduled removal
 * is recorded there and tracked as a deadline.
 */
export function BarsSection({ hc, update, errorAt, report }: BarsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="card form-section hc-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('hc.bars.title')}</h2>
      <p className="field-hint">{t('hc.bars.hint')}</p>
      <div className="hc-bars-layout">
        <div className="hc-bars-inputs">
          <div className="field-row">
            <div id={anchorId('hc.lastNegativeDecision')}>
              <DateField
                label={t('hc.bars.lastNegativeDecision')}
                value={hc.lastNegativeDecision ?? ''}
                onChange={(value) => update((h) => withOptional(h, 'lastNegativeDecision', value))}
                error={errorAt('lastNegativeDecision')}
              />
            </div>
            <div id={anchorId('hc.lastNegativeDecisionKind')}>
              <SelectField<DecisionKind | ''>
                label={t('hc.bars.decisionKind')}
                value={hc.lastNegativeDecisionKind ?? ''}
                options={[
                  { value: '', label: t('hc.bars.decisionKindNone') },
                  ...hcDecisionKinds.map((kind) => ({ value: kind, label: t(`hc.bars.decisionKinds.${kind}`) })),
                ]}
                onChange={(value) => update((h) => withOptional(h, 'lastNegativeDecisionKind', orNone(value)))}
                error={errorAt('lastNegativeDecisionKind')}
                size="long"
              />
            </div>
          </div>
          <div id={anchorId('hc.pendingClaim')} className="field-row align-end">
            <CheckField
              label={t('hc.bars.pendingClaim')}
              checked={hc.pendingClaim}
              onChange={(pendingClaim) =>
                update((h) =>
                  pendingClaim ? { ...h, pendingClaim } : withOptional({ ...h, pendingClaim }, 'pendingClaimBefore', undefined),
                )
              }
            />
            {hc.pendingClaim ? (
              <SelectField<'RPD' | 'RAD' | ''>
                label={t('hc.bars.pendingBefore')}
                value={hc.pendingClaimBefore ?? ''}
                options={[
                  { value: '', label: t('hc.bars.pendingBeforeUnknown') },
                  { value: 'RPD', label: t('hc.bars.decisionKinds.RPD') },
                  { value: 'RAD', label: t('hc.bars.decisionKinds.RAD') },
                ]}
                onChange={(value) => update((h) => withOptional(h, 'pendingClaimBefore', orNone(value)))}
                error={errorAt('pendingClaimBefore')}
                size="medium"
              />
            ) : null}
          </div>
          <div id={anchorId('hc.pendingHc')}>
            <CheckField
              label={t('hc.bars.pendingHc')}
              checked={hc.pendingHc}
              onChange={(pendingHc) => update((h) => ({ ...h, pendingHc }))}
            />
          </div>
          <div id={anchorId('hc.claimDate')}>
            <DateField
              label={t('hc.bars.claimDate')}
              value={hc.claimDate ?? ''}
              onChange={(value) => update((h) => withOptional(h, 'claimDate', value))}
              error={errorAt('claimDate')}
            />
          </div>
          <p className="field-hint">{t('hc.bars.entriesHint')}</p>
        </div>
        <BarFindings report={report} />
      </div>
      <RemovalSection hc={hc} update={update} errorAt={errorAt} today={report.asOf} titleId={titleId} />
    </section>
  );
}

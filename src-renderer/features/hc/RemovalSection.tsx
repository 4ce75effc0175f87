import { useTranslation } from 'react-i18next';
import type { Hc } from '../../../src-main/core/model/case.ts';
import { withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { DateField } from '../../components/date/DateField.tsx';
import type { HcUpdate } from './model.ts';
import { anchorId } from './paths.ts';

export interface RemovalSectionProps {
  readonly hc: Hc;
  readonly update: HcUpdate;
  readonly errorAt: ErrorAt;
  /** Today, YYYY-MM-DD, on this machine's calendar. */
  readonly today: string;
  readonly titleId: string;
}

/**
 * IRPR s.233: filing does not stay a removal; only first-stage approval does. The day the
 * application went in, a removal CBSA has scheduled (tracked as a deadline on the case) and the
 * first-stage approval; while a removal is ahead and not stayed, the caution becomes a warning
 * naming its day.
 */
export function RemovalSection({ hc, update, errorAt, today, titleId }: RemovalSectionProps) {
  const { t } = useTranslation();
  const removal = hc.removalScheduledFor;
  const exposed = removal !== undefined && removal >= today && hc.firstStageApprovedOn === undefined;
  return (
    <aside
      className={`notice ${exposed ? 'notice-warning' : 'notice-info'} hc-caution`}
      aria-labelledby={`${titleId}-233`}
      data-testid="hc-stay-caution"
    >
      <p id={`${titleId}-233`} className="notice-title">
        <strong>{t('hc.bars.noStay.title')}</strong>
      </p>
      <p>{t('hc.bars.noStay.text')}</p>
      {exposed ? (
        <p role="status" data-testid="hc-removal-warning">
          {t('hc.bars.noStay.scheduled', { date: removal })}
        </p>
      ) : null}
      {removal !== undefined && hc.firstStageApprovedOn !== undefined ? (
        <p>{t('hc.bars.noStay.stayed', { date: hc.firstStageApprovedOn })}</p>
      ) : null}
      <div className="field-row">
        <div id={anchorId('hc.submittedOn')}>
          <DateField
            label={t('hc.bars.submittedOn')}
            value={hc.submittedOn ?? ''}
            onChange={(value) => update((h) => withOptional(h, 'submittedOn', value))}
            error={errorAt('submittedOn')}
          />
        </div>
        <div id={anchorId('hc.removalScheduledFor')}>
          <DateField
            label={t('hc.bars.removalScheduledFor')}
            value={removal ?? ''}
            onChange={(value) => update((h) => withOptional(h, 'removalScheduledFor', value))}
            error={errorAt('removalScheduledFor')}
          />
        </div>
        <div id={anchorId('hc.firstStageApprovedOn')}>
          <DateField
            label={t('hc.bars.firstStageApprovedOn')}
            value={hc.firstStageApprovedOn ?? ''}
            onChange={(value) => update((h) => withOptional(h, 'firstStageApprovedOn', value))}
            error={errorAt('firstStageApprovedOn')}
          />
        </div>
      </div>
      <p className="finding-citation">{t('hc.bars.citation', { citation: t('hc.bars.noStay.citation') })}</p>
    </aside>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineDto } from '../../../src-main/ipc/contract.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import type { Case } from '../../../src-main/core/model/case.ts';
import { closedText, legalText, limitTitle, metText, subjectText, warningText } from './deadline-text.ts';
import { HolidayCalendarNotice } from './HolidayCalendarNotice.tsx';
import type { Detention } from './edit.ts';
import type { DeadlinesState } from './use-deadlines.ts';
import { formatDay } from './zoned.ts';
import { useCite } from '../../i18n/cite.ts';

/** Warnings every limit carries alike; said once above the list (the holiday calendar) instead of on each limit. */
const caseWide = new Set(['REGION_UNKNOWN', 'REGION_FROM_ZONE', 'REGION_MISMATCH']);
const pastDueCodes = new Set(['PAST_DUE', 'REVIEW_PAST_DUE']);

export function DeadlinesSection({
  detention,
  matter,
  state,
  stale,
}: {
  readonly detention: Detention;
  readonly matter: Case['matter'];
  readonly state: DeadlinesState;
  /** The draft has problems, so it is not saved: the limits shown are those of the last saved version. */
  readonly stale: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const list = state.list ?? [];
  return (
    <section className="card form-section deadlines" aria-labelledby={titleId} data-testid="deadlines">
      <h2 id={titleId}>{t('detention.deadlines')}</h2>
      <p className="field-hint">{t('detention.deadlinesHint')}</p>
      {stale && list.length > 0 ? (
        <p className="notice notice-warning" data-testid="deadlines-stale">
          {t('detention.deadlinesStale')}
        </p>
      ) : null}
      <ErrorNotice error={state.error} />
      {state.error?.code === 'VALIDATION' ? <p className="field-hint">{t('detention.deadlinesBlocked')}</p> : null}
      {detention.episodes.length > 0 || detention.hearings.length > 0 ? <HolidayCalendarNotice value={{ detention, matter }} /> : null}
      {state.list !== null && list.length === 0 ? <p className="row-empty">{t('detention.noDeadlines')}</p> : null}
      {list.length > 0 ? (
        <ol className="deadline-list">
          {list.map((dto, index) => (
            <DeadlineItem key={`${dto.ruleId}:${dto.subject.id}:${String(index)}`} dto={dto} detention={detention} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function DeadlineItem({ dto, detention }: { readonly dto: DeadlineDto; readonly detention: Detention }) {
  const { t, i18n } = useTranslation();
  const cite = useCite();
  const language = i18n.language;
  const headingId = useId();
  const met = metText(t, dto, detention, language);
  const pastDue = met === undefined && dto.warnings.some((w) => pastDueCodes.has(w.code));
  const warnings = dto.warnings.filter((w) => !caseWide.has(w.code));
  const state = met !== undefined ? 'met' : pastDue ? 'past-due' : 'open';
  return (
    <li
      className={`deadline deadline-${state}`}
      aria-labelledby={headingId}
      data-testid="deadline"
      data-rule={dto.ruleId}
      data-kind={dto.kind}
      data-subject={dto.subject.id}
    >
      <div className="deadline-head">
        <h3 id={headingId}>{limitTitle(t, dto)}</h3>
        <span className={`badge deadline-state-${state}`} data-testid="deadline-state">
          {met ?? (pastDue ? t('detention.pastDue') : t('detention.open'))}
        </span>
        {dto.status === 'verified' ? null : (
          <span className={`badge deadline-reading-${dto.status}`} data-testid="deadline-reading">
            {dto.status === 'overridden'
              ? t('detention.statusOverridden', { reason: dto.overrideReason ?? '' })
              : t('detention.statusUnconfirmed')}
          </span>
        )}
      </div>
      <p className="deadline-subject">{subjectText(t, dto, detention, language)}</p>
      <dl className="deadline-dates">
        <div>
          <dt>{t('detention.dueLaw')}</dt>
          <dd data-testid="due-law">{legalText(t, dto, language)}</dd>
        </div>
        <div>
          <dt>{t('detention.dueOffice')}</dt>
          <dd data-testid="due-office">{formatDay(dto.dueOffice, language)}</dd>
        </div>
        {dto.sitting ? (
          <div>
            <dt>{t('clock.nextSitting')}</dt>
            <dd data-testid="next-sitting">
              {t('clock.nextSittingValue', { next: formatDay(dto.sitting.next, language), closed: closedText(dto.sitting, language) })}
            </dd>
          </div>
        ) : null}
        {dto.dueUnrolled ? (
          <div>
            <dt>{t('detention.dueUnrolled')}</dt>
            <dd>{formatDay(dto.dueUnrolled, language)}</dd>
          </div>
        ) : null}
        {dto.earliest ? (
          <div>
            <dt>{t('detention.earliest')}</dt>
            <dd>{formatDay(dto.earliest, language)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('detention.basis')}</dt>
          <dd data-testid="basis">{cite(dto.basis)}</dd>
        </div>
        <div>
          <dt>{t('detention.ruleVersion')}</dt>
          <dd>{dto.ruleVersion}</dd>
        </div>
      </dl>
      {warnings.length > 0 ? (
        <ul className="deadline-warnings" aria-label={t('detention.warningsLabel')}>
          {warnings.map((w, i) => (
            <li key={`${w.code}:${String(i)}`} data-code={w.code}>
              <span aria-hidden="true">⚠ </span>
              {warningText(t, w, dto, detention, language)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

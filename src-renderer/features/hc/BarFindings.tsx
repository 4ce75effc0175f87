import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HcBarFinding, HcBarReport } from '../../../src-main/core/rules/hc-bars.ts';
import { barringFindings, byUrgency, findingMessage } from './bars.ts';
import { GoToField } from './GoToField.tsx';
import { useCite } from '../../i18n/cite.ts';

/** A rule's title in the UI language; the English wording is the rule data's own. */
export function ruleTitle(t: TFunction, finding: Pick<HcBarFinding, 'ruleId' | 'title'>): string {
  return t(`hc.bars.rules.${finding.ruleId}.title`, { defaultValue: finding.title });
}

function findingText(t: TFunction, finding: HcBarFinding): string {
  const { key, values } = findingMessage(finding);
  return t(key, { ...values, defaultValue: finding.message });
}

/**
 * Every bar check of the report, live: its result as a badge in words, what it found, the
 * citation, whether the rule is unconfirmed or not in force, and for the month-counted bars the
 * last day of the bar and the first filing day. A bar that stops the request is announced.
 */
export function BarFindings({ report }: { readonly report: HcBarReport }) {
  const { t } = useTranslation();
  const titleId = useId();
  const barring = barringFindings(report);
  return (
    <div className="hc-bar-report">
      {barring.length > 0 ? (
        <div role="alert" className="notice notice-error hc-barred" data-testid="hc-barred">
          <p className="notice-title">
            <strong>{t('hc.bars.barredTitle')}</strong>
          </p>
          <ul>
            {barring.map((f) => (
              <li key={f.ruleId}>
                {ruleTitle(t, f)} — {findingText(t, f)}
              </li>
            ))}
          </ul>
          <p>{t('hc.bars.barredHint')}</p>
        </div>
      ) : null}
      <h3 id={titleId}>{t('hc.bars.checksTitle', { asOf: report.asOf })}</h3>
      <ul className="hc-findings" aria-labelledby={titleId}>
        {byUrgency(report.findings).map((finding) => (
          <BarFindingItem key={finding.ruleId} finding={finding} />
        ))}
      </ul>
      {report.findings.some((f) => f.status === 'unconfirmed') ? <p className="field-hint">{t('hc.bars.unconfirmedHint')}</p> : null}
    </div>
  );
}

function BarFindingItem({ finding }: { readonly finding: HcBarFinding }) {
  const { t } = useTranslation();
  const cite = useCite();
  const title = ruleTitle(t, finding);
  return (
    <li className={`finding hc-finding hc-finding-${finding.result}`} data-testid="hc-bar-finding" data-check={finding.check}>
      <div className="hc-finding-head">
        <span className={`badge hc-result hc-result-${finding.result}`} data-testid="hc-bar-result">
          {t(`hc.bars.result.${finding.result}`)}
        </span>
        <strong className="hc-finding-title">{title}</strong>
        {finding.status === 'unconfirmed' ? (
          <span className="badge badge-muted" title={t('hc.bars.unconfirmedHint')}>
            {t('hc.bars.unconfirmed')}
          </span>
        ) : null}
        {finding.inForce ? null : <span className="badge hc-not-in-force">{t('hc.bars.notInForce')}</span>}
      </div>
      <p data-testid="hc-bar-text">{findingText(t, finding)}</p>
      {finding.barEnds !== undefined && finding.firstFilingDay !== undefined ? (
        <dl className="hc-bar-dates">
          <div>
            <dt>{t('hc.bars.from')}</dt>
            <dd>{finding.from}</dd>
          </div>
          <div>
            <dt>{t('hc.bars.barEnds')}</dt>
            <dd data-testid="hc-bar-ends">{finding.barEnds}</dd>
          </div>
          <div>
            <dt>{t('hc.bars.firstFilingDay')}</dt>
            <dd data-testid="hc-first-filing-day">{finding.firstFilingDay}</dd>
          </div>
        </dl>
      ) : null}
      {finding.exception ? (
        <p className="hc-exception-applied" data-testid="hc-bar-exception">
          {t('hc.bars.exceptionApplied', {
            exception: t(`hc.bars.exceptions.${finding.exception.kind}`, { defaultValue: finding.exception.title }),
            citation: cite(finding.exception.citation),
          })}
        </p>
      ) : null}
      <p className="finding-citation">
        {t('hc.bars.citation', { citation: cite(finding.citation) })}
        {finding.result === 'clear' || finding.result === 'note' ? null : (
          <>
            {' '}
            <GoToField path={finding.field} what={title} />
          </>
        )}
      </p>
    </li>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../src-main/core/timeline/entries.ts';
import type { TimelineFinding } from '../../../src-main/core/timeline/checks.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { describeProblem } from '../../i18n/describe.ts';
import { editTabLabel, entrySummary } from './labels.ts';

export interface ChecksPanelProps {
  readonly findings: readonly TimelineFinding[];
  readonly entries: ReadonlyMap<string, TimelineEntry>;
  /** Problems of the saved case under `timeline.` (a case imported with a broken event). */
  readonly problems: readonly FieldProblem[];
  readonly onEdit: (eventId: string) => void;
}

/** Checks before filing, each named with its event and what to do; severity is said in words, not colour alone. */
export function ChecksPanel({ findings, entries, problems, onEdit }: ChecksPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return (
    <section className="card timeline-checks" aria-labelledby={titleId} data-testid="timeline-checks">
      <h3 id={titleId}>{t('timeline.checks.title')}</h3>
      {findings.length === 0 && problems.length === 0 ? (
        <p className="timeline-checks-clear">{t('timeline.checks.none')}</p>
      ) : (
        <p>
          {t('timeline.checks.errors', { count: errors })} · {t('timeline.checks.warnings', { count: warnings })}
        </p>
      )}
      <ul className="timeline-findings">
        {problems.map((problem) => (
          <li key={`problem-${problem.path}`} className="timeline-finding timeline-finding-error">
            <span className="timeline-finding-severity">{t('timeline.checks.error')}</span> <code>{problem.path}</code>:{' '}
            {describeProblem(t, problem)}
          </li>
        ))}
        {findings.map((finding, i) => {
          const entry = entries.get(finding.eventKey);
          return (
            <li
              key={`${finding.code}-${finding.path}-${i}`}
              className={`timeline-finding timeline-finding-${finding.severity}`}
              data-code={finding.code}
            >
              <span className="timeline-finding-severity">{t(`timeline.checks.${finding.severity}`)}</span>{' '}
              {t(`timeline.checks.codes.${finding.code}`, finding.params)}
              {entry ? (
                <span className="timeline-finding-event">
                  {' '}
                  — <bdi>{entrySummary(t, entry)}</bdi>{' '}
                  {entry.source === 'typed' ? (
                    <button type="button" className="link-button" onClick={() => onEdit(entry.event.id)}>
                      {t('timeline.checks.edit')}
                      <span className="visually-hidden">: {entry.event.summary}</span>
                    </button>
                  ) : (
                    <span className="badge badge-muted">{t('timeline.row.editAt', { tab: editTabLabel(t, entry.derived.editAt) })}</span>
                  )}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

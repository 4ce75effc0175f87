import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PlanSlotProps {
  readonly anchor: string;
  readonly title: string;
  readonly problems: number;
  readonly hidden: boolean;
  readonly onToggle: () => void;
  readonly children: ReactNode;
}

/**
 * One section of the release plan, which can be hidden to keep the page short: hidden, it is
 * its heading, its count of problems and a Show button; shown, the section with a Hide button.
 */
export function PlanSlot({ anchor, title, problems, hidden, onToggle, children }: PlanSlotProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const headingId = useId();
  if (hidden) {
    return (
      <section id={anchor} className="card rp-slot rp-slot-hidden" aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        <span className={problems > 0 ? 'rp-nav-status rp-nav-bad' : 'rp-nav-status'}>
          {problems > 0 ? t('form.plan.problems', { count: problems }) : t('form.plan.ok')}
        </span>
        <button type="button" className="button button-small" aria-expanded={false} aria-controls={bodyId} onClick={onToggle}>
          {t('form.plan.show', { section: title })}
        </button>
        <div id={bodyId} hidden />
      </section>
    );
  }
  return (
    <div id={anchor} className="rp-slot">
      <div className="rp-slot-bar">
        <button type="button" className="button button-small button-quiet" aria-expanded={true} aria-controls={bodyId} onClick={onToggle}>
          {t('form.plan.hide', { section: title })}
        </button>
      </div>
      <div id={bodyId}>{children}</div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { planSections, type PlanSectionId } from './sections.ts';

export interface PlanNavProps {
  readonly counts: Readonly<Record<PlanSectionId, number>>;
  readonly hidden: ReadonlySet<PlanSectionId>;
  readonly anchorOf: (id: PlanSectionId) => string;
  readonly onGo: (id: PlanSectionId) => void;
  readonly onShowAll: (shown: boolean) => void;
}

/**
 * The release plan's table of contents, beside the form: a link to each section with how many
 * of its fields need attention; following one opens the section and moves focus to its heading.
 */
export function PlanNav({ counts, hidden, anchorOf, onGo, onShowAll }: PlanNavProps) {
  const { t } = useTranslation();
  const allHidden = hidden.size === planSections.length;
  return (
    <nav className="rp-nav" aria-label={t('form.plan.nav')}>
      <ol className="rp-nav-list">
        {planSections.map(({ id, titleKey }) => {
          const count = counts[id];
          return (
            <li key={id}>
              <a
                href={`#${anchorOf(id)}`}
                className="rp-nav-link"
                onClick={(event) => {
                  event.preventDefault();
                  onGo(id);
                }}
              >
                <span className="rp-nav-title">{t(titleKey)}</span>
                <span className={count > 0 ? 'rp-nav-status rp-nav-bad' : 'rp-nav-status'}>
                  {count > 0 ? t('form.plan.problems', { count }) : t('form.plan.ok')}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-small button-quiet" onClick={() => onShowAll(allHidden)}>
        {allHidden ? t('form.plan.showAll') : t('form.plan.hideAll')}
      </button>
    </nav>
  );
}

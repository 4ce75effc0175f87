import { useTranslation } from 'react-i18next';
import type { RedactionMarkDto } from '../../api/redaction.ts';

export interface MarkListProps {
  readonly marks: readonly RedactionMarkDto[];
  readonly busy: boolean;
  readonly onShow: (page: number) => void;
  readonly onRemove: (markId: string) => void;
}

/** An area's figures in whole points, written as the language writes numbers. */
function areaWords(area: RedactionMarkDto['area'], lang: string) {
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  return { x: n.format(area.x), y: n.format(area.y), width: n.format(area.width), height: n.format(area.height) };
}

/** The marks under review, page by page: each can be shown on its page or removed before applying. */
export function MarkList({ marks, busy, onShow, onRemove }: MarkListProps) {
  const { t, i18n } = useTranslation();
  if (marks.length === 0) return <p data-testid="redaction-no-marks">{t('redaction.noMarks')}</p>;
  const sorted = [...marks].sort((a, b) => a.page - b.page || a.area.y - b.area.y || a.area.x - b.area.x);
  return (
    <ul className="redaction-marks" data-testid="redaction-mark-list" aria-label={t('redaction.marksTitle')}>
      {sorted.map((m) => (
        <li key={m.id} data-testid="redaction-mark-item">
          <button type="button" className="link-button" onClick={() => onShow(m.page)}>
            {t('redaction.markLine', { page: m.page, reason: t(`redaction.reason.${m.reason}`) })}
          </button>
          <span className="cell-detail">
            {' — '}
            {m.source === 'search' ? t('redaction.fromSearch') : t('redaction.fromArea')}
            {', '}
            <span data-testid="redaction-mark-area">{t('looseEnds.markArea', areaWords(m.area, i18n.language))}</span>
          </span>
          <button type="button" className="link-button button-danger-quiet" disabled={busy} onClick={() => onRemove(m.id)}>
            {t('common.remove')}
            <span className="visually-hidden">
              : {t('redaction.markLine', { page: m.page, reason: t(`redaction.reason.${m.reason}`) })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchKind, ShownArea } from '../../api/redaction.ts';

export interface MarkToolsProps {
  readonly page: number;
  readonly pageCount: number;
  readonly busy: boolean;
  readonly onSearch: (kind: SearchKind, text: string) => void;
  /** An area typed in points from the top-left corner of the page as shown, passed on as typed. */
  readonly onArea: (page: number, area: ShownArea) => void;
}

/** Marking without the mouse: every hit of a text or ready pattern, or an area typed as page and position. */
export function MarkTools({ page, pageCount, busy, onSearch, onArea }: MarkToolsProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SearchKind>('text');
  const [text, setText] = useState('');
  const [area, setArea] = useState({ page: String(page), x: '72', y: '72', width: '144', height: '18' });
  const numbers = { page: Number(area.page), x: Number(area.x), y: Number(area.y), width: Number(area.width), height: Number(area.height) };
  const areaValid =
    Number.isInteger(numbers.page) &&
    numbers.page >= 1 &&
    numbers.page <= pageCount &&
    [numbers.x, numbers.y].every((n) => Number.isFinite(n) && n >= 0) &&
    [numbers.width, numbers.height].every((n) => Number.isFinite(n) && n > 0);

  return (
    <div className="stack redaction-tools">
      <form
        className="stack"
        aria-labelledby="redaction-search-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (kind !== 'text' || text.trim() !== '') onSearch(kind, text.trim());
        }}
      >
        <h3 id="redaction-search-title">{t('redaction.searchTitle')}</h3>
        <label className="field">
          <span className="field-label">{t('redaction.searchKind')}</span>
          <select value={kind} onChange={(event) => setKind(event.currentTarget.value as SearchKind)} data-testid="redaction-search-kind">
            <option value="text">{t('redaction.kind.text')}</option>
            <option value="phone">{t('redaction.kind.phone')}</option>
            <option value="email">{t('redaction.kind.email')}</option>
          </select>
        </label>
        {kind === 'text' ? (
          <label className="field">
            <span className="field-label">{t('redaction.searchText')}</span>
            <input value={text} onChange={(event) => setText(event.currentTarget.value)} data-testid="redaction-search-text" />
          </label>
        ) : null}
        <button type="submit" className="button" disabled={busy || (kind === 'text' && text.trim() === '')}>
          {t('redaction.markHits')}
        </button>
      </form>
      <form
        className="stack"
        aria-labelledby="redaction-area-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (areaValid) onArea(numbers.page, { x: numbers.x, y: numbers.y, width: numbers.width, height: numbers.height });
        }}
      >
        <h3 id="redaction-area-title">{t('redaction.areaTitle')}</h3>
        <p className="field-hint">{t('redaction.areaHint')}</p>
        <div className="redaction-area-fields">
          {(['page', 'x', 'y', 'width', 'height'] as const).map((key) => (
            <label key={key} className="field">
              <span className="field-label">{t(`redaction.area.${key}`)}</span>
              <input
                inputMode="decimal"
                value={area[key]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setArea((a) => ({ ...a, [key]: value }));
                }}
                data-testid={`redaction-area-${key}`}
              />
            </label>
          ))}
        </div>
        <button type="submit" className="button" disabled={busy || !areaValid}>
          {t('redaction.markArea')}
        </button>
      </form>
    </div>
  );
}

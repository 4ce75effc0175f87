import { useTranslation } from 'react-i18next';
import type { ViewerOpened, ViewerSource } from '../../api/viewer.ts';

/** For an exhibit, which copy to show (the one the packet files, or the original); for a packet of several volumes, which volume. */
export function ViewerSourceChoice({
  source,
  opened,
  onChange,
}: {
  readonly source: ViewerSource;
  readonly opened: ViewerOpened | null;
  readonly onChange: (next: ViewerSource) => void;
}) {
  const { t } = useTranslation();
  if (source.kind === 'exhibit') {
    return (
      <label className="viewer-choice">
        {t('viewer.copy')}
        <select
          className="input"
          value={source.copy ?? 'filed'}
          data-testid="viewer-copy"
          onChange={(event) => onChange({ ...source, copy: event.target.value === 'original' ? 'original' : 'filed' })}
        >
          <option value="filed">{t('viewer.copyFiled')}</option>
          <option value="original">{t('viewer.copyOriginal')}</option>
        </select>
      </label>
    );
  }
  const volumes = opened?.volumes ?? [];
  if (source.kind !== 'packet' || volumes.length < 2) return null;
  return (
    <label className="viewer-choice">
      {t('viewer.volume')}
      <select
        className="input"
        value={source.volume ?? 0}
        onChange={(event) => onChange({ ...source, volume: Number(event.target.value) })}
      >
        {volumes.map((v, i) => (
          <option key={v.fileName} value={i}>
            {v.fileName}
          </option>
        ))}
      </select>
    </label>
  );
}

import { useTranslation } from 'react-i18next';
import type { FileOutcome } from '../../api/exhibits.ts';

/**
 * After an import: each file whose packet copy differs from the original (attachments, metadata
 * or scripts removed; a damaged structure repaired), said in the UI's language, with the main
 * process's detailed list where the UI is in English. The original is always kept as received.
 */
export function PacketCopyChanges({ outcomes }: { readonly outcomes: readonly FileOutcome[] }) {
  const { t, i18n } = useTranslation();
  const changed = outcomes.flatMap((o) => (o.kind === 'imported' ? o.changes.map((c) => ({ fileName: o.fileName, ...c })) : []));
  if (changed.length === 0) return null;
  return (
    <div role="status" className="notice notice-warning" data-testid="packet-copy-changes">
      <p className="notice-title">{t('packetCopy.title')}</p>
      <ul>
        {changed.map((c, i) => (
          <li key={`${c.fileName}-${c.code}-${i}`}>
            <bdi className="file-name">{c.fileName}</bdi>: {t(`packetCopy.${c.code}`)}
            {i18n.resolvedLanguage === 'en' ? <span className="field-hint"> {c.message}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

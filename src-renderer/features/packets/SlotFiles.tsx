import { useTranslation } from 'react-i18next';
import type { PacketJobStatusDto } from '../../../src-main/ipc/contract.ts';

type SlotFile = NonNullable<NonNullable<PacketJobStatusDto['result']>['files']>[number];

const megabytes = (bytes: number, lang: string): string =>
  (bytes / 1_000_000).toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * The files of an H&C application, one per portal slot: each file's pages and size against the
 * cap, and, where scans had to be reduced to fit, what was changed — never hidden.
 */
export function SlotFiles({ files, maxBytes }: { readonly files: readonly SlotFile[]; readonly maxBytes: number | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
  return (
    <table className="data-table slot-files" data-testid="slot-files">
      <caption>{maxBytes === undefined ? t('packets.slotFiles') : t('packets.slotFilesCap', { size: megabytes(maxBytes, lang) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('packets.slot')}</th>
          <th scope="col">{t('packets.colPages')}</th>
          <th scope="col">{t('packets.size')}</th>
          <th scope="col">{t('packets.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.fileName}>
            <th scope="row">
              {f.title}
              <br />
              <bdi className="file-name field-hint">{f.fileName}</bdi>
            </th>
            <td>{f.pages}</td>
            <td>{t('packets.megabytes', { size: megabytes(f.bytes, lang) })}</td>
            <td>{f.imagesChanged === 0 ? t('packets.unchanged') : f.summary[lang].join(' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

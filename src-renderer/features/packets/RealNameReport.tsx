import { useTranslation } from 'react-i18next';
import type { PacketJobStatusDto } from '../../../src-main/ipc/contract.ts';

type Entry = NonNullable<NonNullable<PacketJobStatusDto['result']>['realName']>[number];

/** Where the client's real name still appears after a build with a pseudonym, and why, in the UI language. */
export function RealNameReport({ entries }: { readonly entries: readonly Entry[] }) {
  const { t } = useTranslation();
  const where = (e: Entry): string => {
    switch (e.place) {
      case 'document':
        return e.tab === ''
          ? t('pseudonym.where.documentFront', { title: e.title })
          : t('pseudonym.where.document', { tab: e.tab, title: e.title });
      case 'title':
        return e.tab === ''
          ? t('pseudonym.where.documentFront', { title: e.title })
          : t('pseudonym.where.title', { tab: e.tab, title: e.title });
      case 'file-name':
        return t('pseudonym.where.fileName', { title: e.title });
      case 'exhibits':
        return t('pseudonym.where.exhibits');
    }
  };
  const line = (e: Entry): string =>
    e.forms.length === 0
      ? `${where(e)} — ${t(`pseudonym.reason.${e.reason}`)}`
      : t('pseudonym.entry', {
          where: where(e),
          forms: e.forms.map((f) => t(`pseudonym.form.${f}`)).join(', '),
          reason: t(`pseudonym.reason.${e.reason}`),
        });
  const found = entries.filter((e) => e.place !== 'exhibits');
  return (
    <div className={found.length > 0 ? 'notice notice-warning' : 'notice notice-info'} data-testid="real-name-report">
      <p>{found.length > 0 ? t('pseudonym.reportTitle', { count: found.length }) : t('pseudonym.reportNone')}</p>
      <ul>
        {entries.map((e, i) => (
          <li key={`${e.place}-${e.tab}-${i}`}>
            <bdi>{line(e)}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { PacketBuildRecord } from '../../../src-main/core/model/case.ts';
import { formatUpdated } from '../cases/labels.ts';

/** The "as filed" record of earlier builds, newest first. */
export function PastBuilds({ builds }: { readonly builds: readonly PacketBuildRecord[] }) {
  const { t, i18n } = useTranslation();
  if (builds.length === 0) return null;
  return (
    <section aria-labelledby="past-builds-title" className="stack">
      <h3 id="past-builds-title">{t('packets.pastTitle')}</h3>
      <table className="data-table" data-testid="past-builds">
        <caption className="visually-hidden">{t('packets.pastTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('packets.colBuilt')}</th>
            <th scope="col">{t('packets.preset')}</th>
            <th scope="col">{t('packets.colFiles')}</th>
            <th scope="col">{t('packets.colPages')}</th>
          </tr>
        </thead>
        <tbody>
          {builds.toReversed().map((b) => (
            <tr key={b.id}>
              <th scope="row">{formatUpdated(i18n.language, b.builtAt)}</th>
              <td>{t(`packets.presets.${b.preset}`, { defaultValue: b.preset })}</td>
              <td>
                {b.outputs.map((o) => (
                  <bdi key={o.fileName} className="file-name block">
                    {o.fileName}
                  </bdi>
                ))}
              </td>
              <td>{b.outputs.reduce((sum, o) => sum + o.pages, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { frenchVersionWarnings } from '../../../src-main/core/lang/french-versions.ts';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { PacketPresetName } from '../../../src-main/core/packet-presets.ts';

/**
 * Before a French filing is built: each field that will print as typed because it has no French
 * version, named, so a filing never mixes languages without the advocate knowing. A warning, not
 * a refusal: the text may already be French, or a name or address that reads the same.
 */
export function FrenchVersionChecks({ draft, preset }: { readonly draft: Case; readonly preset: PacketPresetName }) {
  const { t } = useTranslation();
  const titleId = useId();
  const warnings = frenchVersionWarnings(draft, preset);
  if (warnings.length === 0) return null;
  return (
    <section className="notice notice-warning" aria-labelledby={titleId} data-testid="french-version-checks">
      <h3 id={titleId}>{t('frenchVersions.checksTitle')}</h3>
      <p>{t('frenchVersions.checksHint')}</p>
      <ul>
        {warnings.map((w) => (
          <li key={w.path}>{t(`validation.${w.code}`, w.params)}</li>
        ))}
      </ul>
    </section>
  );
}

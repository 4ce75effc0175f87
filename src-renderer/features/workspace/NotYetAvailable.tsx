import { useTranslation } from 'react-i18next';
import type { TabId } from './tabs.ts';

/** An honest placeholder: what this part of the case will hold, and that it is not built yet. */
export function NotYetAvailable({ tab }: { readonly tab: Exclude<TabId, 'client'> }) {
  const { t } = useTranslation();
  return (
    <div className="not-yet card">
      <h2>{t(`tabs.${tab}`)}</h2>
      <p className="badge badge-muted">{t('workspace.notYet')}</p>
      <p>{t(`workspace.plans.${tab}`)}</p>
    </div>
  );
}

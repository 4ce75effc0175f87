import { useTranslation } from 'react-i18next';
import { useAppNavigation } from './app-navigation.ts';
import type { CounselGap } from './counsel-missing.ts';

/** A document needs the counsel profile: what is missing, and the way to Settings → Counsel profile. */
export function CounselMissingNotice({ gaps }: { readonly gaps: readonly CounselGap[] }) {
  const { t } = useTranslation();
  const navigation = useAppNavigation();
  const fields = gaps.map((gap) => t(`form.counsel.fields.${gap}`)).join(', ');
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('form.counsel.missing', { fields })}</p>
      {navigation ? (
        <button type="button" className="button button-small" onClick={navigation.openCounselProfile}>
          {t('form.counsel.open')}
        </button>
      ) : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { CodePicker } from '../../components/CodePicker.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt } from '../../case-edit/fields.ts';
import type { SectionProps } from './NamesSection.tsx';

export function CitizenshipsSection({ client, update, errorAt }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <RowList
        title={t('client.citizenships')}
        description={t('client.citizenshipsHint')}
        items={client.citizenships}
        rowLabel={(i) => t('client.citizenshipN', { n: i + 1 })}
        addLabel={t('client.addCitizenship')}
        onAdd={() => update((c) => ({ ...c, citizenships: [...c.citizenships, ''] }))}
        onRemove={(i) => update((c) => ({ ...c, citizenships: removeAt(c.citizenships, i) }))}
        error={errorAt('citizenships')}
        renderRow={(code, i) => (
          <CodePicker
            kind="region"
            label={t('client.countryCode')}
            emptyNote={t('client.countryCodeHint')}
            value={code}
            onChange={(value) => update((c) => ({ ...c, citizenships: replaceAt(c.citizenships, i, value) }))}
            error={errorAt(`citizenships.${i}`)}
            size="medium"
          />
        )}
      />
    </>
  );
}

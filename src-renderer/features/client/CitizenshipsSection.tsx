import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionCodeList } from '../../components/CodeLists.tsx';
import { TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { codeName } from '../../components/scripts.ts';
import { removeAt, replaceAt } from '../../case-edit/fields.ts';
import type { SectionProps } from './NamesSection.tsx';

export function CitizenshipsSection({ client, update, errorAt }: SectionProps) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  return (
    <>
      <RegionCodeList id={listId} language={i18n.language} />
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
          <TextField
            label={t('client.countryCode')}
            note={codeName(i18n.language, 'region', code) ?? t('client.countryCodeHint')}
            value={code}
            onChange={(value) => update((c) => ({ ...c, citizenships: replaceAt(c.citizenships, i, value.trim().toUpperCase()) }))}
            error={errorAt(`citizenships.${i}`)}
            list={listId}
            size="short"
          />
        )}
      />
    </>
  );
}

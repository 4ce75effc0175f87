import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../src-main/core/model/case.ts';
import { NamesEditor } from '../../components/NamesEditor.tsx';
import type { ErrorAt } from '../../case-edit/fields.ts';

export type ClientUpdate = (update: (client: Client) => Client) => void;

export interface SectionProps {
  readonly client: Client;
  readonly update: ClientUpdate;
  readonly errorAt: ErrorAt;
}

export function NamesSection({ client, update, errorAt }: SectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="card form-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('client.names')}</h2>
      <p className="field-hint">{t('client.namesHint')}</p>
      <NamesEditor
        names={client}
        update={update}
        errorAt={errorAt}
        namesInScriptTitle={t('client.namesInScript')}
        namesInScriptHint={t('client.namesInScriptHint')}
        aliasesTitle={t('client.aliases')}
        aliasesHint={t('client.aliasesHint')}
      />
    </section>
  );
}

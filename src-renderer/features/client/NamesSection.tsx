import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../src-main/core/model/case.ts';
import { ScriptCodeList } from '../../components/CodeLists.tsx';
import { TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { langForScript, scriptLabel } from '../../components/scripts.ts';
import { removeAt, replaceAt, type ClientUpdate, type ErrorAt } from './edit.ts';

export interface SectionProps {
  readonly client: Client;
  readonly update: ClientUpdate;
  readonly errorAt: ErrorAt;
}

export function NamesSection({ client, update, errorAt }: SectionProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const scriptListId = useId();
  return (
    <section className="card form-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('client.names')}</h2>
      <p className="field-hint">{t('client.namesHint')}</p>
      <div className="field-row">
        <TextField
          label={t('client.familyName')}
          value={client.familyName}
          onChange={(familyName) => update((c) => ({ ...c, familyName }))}
          error={errorAt('familyName')}
          checkInvisible
          dir="auto"
          size="medium"
        />
        <TextField
          label={t('client.givenNames')}
          value={client.givenNames}
          onChange={(givenNames) => update((c) => ({ ...c, givenNames }))}
          error={errorAt('givenNames')}
          checkInvisible
          dir="auto"
          size="medium"
        />
      </div>
      <ScriptCodeList id={scriptListId} language={i18n.language} />
      <RowList
        title={t('client.namesInScript')}
        description={t('client.namesInScriptHint')}
        items={client.namesInScript}
        rowLabel={(i) => t('client.nameInScriptN', { n: i + 1 })}
        addLabel={t('client.addNameInScript')}
        onAdd={() => update((c) => ({ ...c, namesInScript: [...c.namesInScript, { script: '', value: '' }] }))}
        onRemove={(i) => update((c) => ({ ...c, namesInScript: removeAt(c.namesInScript, i) }))}
        error={errorAt('namesInScript')}
        renderRow={(name, i) => (
          <div className="field-row">
            <TextField
              label={t('client.nameInScript')}
              value={name.value}
              onChange={(value) => update((c) => ({ ...c, namesInScript: replaceAt(c.namesInScript, i, { ...name, value }) }))}
              error={errorAt(`namesInScript.${i}.value`)}
              checkInvisible
              lang={langForScript(name.script)}
              dir="auto"
              size="medium"
              className="script-name"
            />
            <TextField
              label={t('client.scriptCode')}
              note={scriptLabel(t, i18n.language, name.script) ?? t('client.scriptCodeHint')}
              value={name.script}
              onChange={(script) =>
                update((c) => ({ ...c, namesInScript: replaceAt(c.namesInScript, i, { ...name, script: script.trim() }) }))
              }
              error={errorAt(`namesInScript.${i}.script`)}
              list={scriptListId}
              size="short"
            />
          </div>
        )}
      />
      <RowList
        title={t('client.aliases')}
        description={t('client.aliasesHint')}
        items={client.aliases}
        rowLabel={(i) => t('client.aliasN', { n: i + 1 })}
        addLabel={t('client.addAlias')}
        onAdd={() => update((c) => ({ ...c, aliases: [...c.aliases, ''] }))}
        onRemove={(i) => update((c) => ({ ...c, aliases: removeAt(c.aliases, i) }))}
        error={errorAt('aliases')}
        renderRow={(alias, i) => (
          <TextField
            label={t('client.alias')}
            value={alias}
            onChange={(value) => update((c) => ({ ...c, aliases: replaceAt(c.aliases, i, value) }))}
            error={errorAt(`aliases.${i}`)}
            checkInvisible
            dir="auto"
            size="long"
          />
        )}
      />
    </section>
  );
}

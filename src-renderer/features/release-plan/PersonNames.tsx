import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../src-main/core/model/case.ts';
import { ScriptCodeList } from '../../components/CodeLists.tsx';
import { TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { langForScript, scriptLabel } from '../../components/scripts.ts';
import { removeAt, replaceAt, type ErrorAt } from '../client/edit.ts';
import type { PersonUpdate } from './plan.ts';

export interface PersonNamesProps {
  readonly person: Person;
  readonly update: PersonUpdate;
  readonly errorAt: ErrorAt;
  /** Where the family-name input registers itself, so a new bondsperson can be focused there. */
  readonly familyNameId?: string | undefined;
}

/** A person's names as the client's names are kept: Latin letters, the name in its own script, other names. */
export function PersonNames({ person, update, errorAt, familyNameId }: PersonNamesProps) {
  const { t, i18n } = useTranslation();
  const scriptListId = useId();
  return (
    <div className="rp-names">
      <div className="field-row">
        <TextField
          id={familyNameId}
          label={t('client.familyName')}
          value={person.familyName}
          onChange={(familyName) => update((p) => ({ ...p, familyName }))}
          error={errorAt('familyName')}
          checkInvisible
          dir="auto"
          size="medium"
        />
        <TextField
          label={t('client.givenNames')}
          value={person.givenNames}
          onChange={(givenNames) => update((p) => ({ ...p, givenNames }))}
          error={errorAt('givenNames')}
          checkInvisible
          dir="auto"
          size="medium"
        />
      </div>
      <ScriptCodeList id={scriptListId} language={i18n.language} />
      <RowList
        title={t('releasePlan.person.namesInScript')}
        items={person.namesInScript}
        rowLabel={(i) => t('client.nameInScriptN', { n: i + 1 })}
        addLabel={t('client.addNameInScript')}
        onAdd={() => update((p) => ({ ...p, namesInScript: [...p.namesInScript, { script: '', value: '' }] }))}
        onRemove={(i) => update((p) => ({ ...p, namesInScript: removeAt(p.namesInScript, i) }))}
        error={errorAt('namesInScript')}
        renderRow={(name, i) => (
          <div className="field-row">
            <TextField
              label={t('client.nameInScript')}
              value={name.value}
              onChange={(value) => update((p) => ({ ...p, namesInScript: replaceAt(p.namesInScript, i, { ...name, value }) }))}
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
                update((p) => ({ ...p, namesInScript: replaceAt(p.namesInScript, i, { ...name, script: script.trim() }) }))
              }
              error={errorAt(`namesInScript.${i}.script`)}
              list={scriptListId}
              size="short"
            />
          </div>
        )}
      />
      <RowList
        title={t('releasePlan.person.aliases')}
        items={person.aliases}
        rowLabel={(i) => t('client.aliasN', { n: i + 1 })}
        addLabel={t('client.addAlias')}
        onAdd={() => update((p) => ({ ...p, aliases: [...p.aliases, ''] }))}
        onRemove={(i) => update((p) => ({ ...p, aliases: removeAt(p.aliases, i) }))}
        error={errorAt('aliases')}
        renderRow={(alias, i) => (
          <TextField
            label={t('client.alias')}
            value={alias}
            onChange={(value) => update((p) => ({ ...p, aliases: replaceAt(p.aliases, i, value) }))}
            error={errorAt(`aliases.${i}`)}
            checkInvisible
            dir="auto"
            size="long"
          />
        )}
      />
    </div>
  );
}

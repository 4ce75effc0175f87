import { useTranslation } from 'react-i18next';
import type { Person } from '../../src-main/core/model/case.ts';
import { scriptAfterEdit } from '../../src-main/core/lang/guess-script.ts';
import { CodePicker } from './CodePicker.tsx';
import { TextField } from './Field.tsx';
import { removeAt, replaceAt } from './lists.ts';
import { RowList } from './RowList.tsx';
import { langOfScriptCode } from '../../src-main/core/lang/script-groups.ts';
import './NamesEditor.css';

/** What the client and every other person of a case have as names. */
export type Names = Pick<Person, 'familyName' | 'givenNames' | 'namesInScript' | 'aliases'>;

export interface NamesEditorProps<T extends Names> {
  readonly names: T;
  readonly update: (change: (names: T) => T) => void;
  /** The message for a field path under the names' owner (`familyName`, `aliases.0`), if any. */
  readonly errorAt: (path: string) => string | undefined;
  /** Titles and hints of the two lists, which say whose names they are. */
  readonly namesInScriptTitle: string;
  readonly namesInScriptHint?: string | undefined;
  readonly aliasesTitle: string;
  readonly aliasesHint?: string | undefined;
  /** Where the family-name input registers itself, so a new person can be focused there. */
  readonly familyNameId?: string | undefined;
}

/**
 * A person's names, kept the same way for the client, bondspersons and translators: the family and
 * given names in Latin letters, the name in its own script with its script code, other names.
 */
export function NamesEditor<T extends Names>({ names, update, errorAt, familyNameId, ...titles }: NamesEditorProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field-row">
        <TextField
          id={familyNameId}
          label={t('client.familyName')}
          value={names.familyName}
          onChange={(familyName) => update((n) => ({ ...n, familyName }))}
          error={errorAt('familyName')}
          checkInvisible
          dir="auto"
          size="medium"
        />
        <TextField
          label={t('client.givenNames')}
          value={names.givenNames}
          onChange={(givenNames) => update((n) => ({ ...n, givenNames }))}
          error={errorAt('givenNames')}
          checkInvisible
          dir="auto"
          size="medium"
        />
      </div>
      <RowList
        title={titles.namesInScriptTitle}
        description={titles.namesInScriptHint}
        items={names.namesInScript}
        rowLabel={(i) => t('client.nameInScriptN', { n: i + 1 })}
        addLabel={t('client.addNameInScript')}
        onAdd={() => update((n) => ({ ...n, namesInScript: [...n.namesInScript, { script: '', value: '' }] }))}
        onRemove={(i) => update((n) => ({ ...n, namesInScript: removeAt(n.namesInScript, i) }))}
        error={errorAt('namesInScript')}
        renderRow={(name, i) => (
          <div className="field-row">
            <TextField
              label={t('client.nameInScript')}
              value={name.value}
              onChange={(value) =>
                update((n) => ({
                  ...n,
                  namesInScript: replaceAt(n.namesInScript, i, { ...name, value, script: scriptAfterEdit(name.script, name.value, value) }),
                }))
              }
              error={errorAt(`namesInScript.${i}.value`)}
              checkInvisible
              lang={langOfScriptCode(name.script)}
              dir="auto"
              size="medium"
              className="script-name"
            />
            <CodePicker
              kind="script"
              label={t('client.scriptCode')}
              emptyNote={t('client.scriptCodeHint')}
              value={name.script}
              onChange={(script) => update((n) => ({ ...n, namesInScript: replaceAt(n.namesInScript, i, { ...name, script }) }))}
              error={errorAt(`namesInScript.${i}.script`)}
              size="medium"
            />
          </div>
        )}
      />
      <RowList
        title={titles.aliasesTitle}
        description={titles.aliasesHint}
        items={names.aliases}
        rowLabel={(i) => t('client.aliasN', { n: i + 1 })}
        addLabel={t('client.addAlias')}
        onAdd={() => update((n) => ({ ...n, aliases: [...n.aliases, ''] }))}
        onRemove={(i) => update((n) => ({ ...n, aliases: removeAt(n.aliases, i) }))}
        error={errorAt('aliases')}
        renderRow={(alias, i) => (
          <TextField
            label={t('client.alias')}
            value={alias}
            onChange={(value) => update((n) => ({ ...n, aliases: replaceAt(n.aliases, i, value) }))}
            error={errorAt(`aliases.${i}`)}
            checkInvisible
            dir="auto"
            size="long"
          />
        )}
      />
    </>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../src-main/core/model/case.ts';
import { CheckboxField, TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { CodePicker } from '../../components/CodePicker.tsx';
import { removeAt, replaceAt, withOptional } from '../../case-edit/fields.ts';
import type { SectionProps } from './NamesSection.tsx';

type Skill = Client['languages'][number];
const abilities = ['speaks', 'reads', 'writes', 'interpreterNeeded', 'preferredForHearing'] as const satisfies readonly (keyof Skill)[];

const newSkill: Skill = { lang: '', speaks: true, reads: false, writes: false, preferredForHearing: false, interpreterNeeded: false };

export function LanguagesSection({ client, update, errorAt }: SectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const setSkill = (i: number, skill: Skill) => update((c) => ({ ...c, languages: replaceAt(c.languages, i, skill) }));
  return (
    <section className="card form-section" aria-labelledby={titleId} data-field="client.languages">
      <h2 id={titleId}>{t('client.languages')}</h2>
      <RowList
        title={t('client.languagesList')}
        description={t('client.languagesHint')}
        items={client.languages}
        rowLabel={(i) => t('client.languageN', { n: i + 1 })}
        addLabel={t('client.addLanguage')}
        onAdd={() => update((c) => ({ ...c, languages: [...c.languages, newSkill] }))}
        onRemove={(i) => update((c) => ({ ...c, languages: removeAt(c.languages, i) }))}
        error={errorAt('languages')}
        emptyText={t('client.noLanguages')}
        renderRow={(skill, i) => (
          <>
            <div className="field-row">
              <CodePicker
                kind="language"
                label={t('client.langTag')}
                emptyNote={t('client.langTagHint')}
                value={skill.lang}
                onChange={(lang) => setSkill(i, { ...skill, lang })}
                error={errorAt(`languages.${i}.lang`)}
                size="medium"
              />
              <TextField
                label={t('client.dialectLabel')}
                note={t('client.dialectHint')}
                value={skill.dialectLabel ?? ''}
                onChange={(label) => setSkill(i, withOptional(skill, 'dialectLabel', label))}
                error={errorAt(`languages.${i}.dialectLabel`)}
                dir="auto"
                size="medium"
              />
            </div>
            <div className="checkbox-row">
              {abilities.map((ability) => (
                <CheckboxField
                  key={ability}
                  label={t(`client.ability.${ability}`)}
                  checked={skill[ability]}
                  onChange={(checked) => setSkill(i, { ...skill, [ability]: checked })}
                />
              ))}
            </div>
          </>
        )}
      />
    </section>
  );
}

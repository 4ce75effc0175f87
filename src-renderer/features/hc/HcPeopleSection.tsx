import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { withOptional } from '../client/edit.ts';
import { PersonCard } from '../people/PersonCard.tsx';
import { PeopleSection } from '../people/PeopleSection.tsx';
import { hcPeople, newHcPerson, roleChoice, withoutHcPerson, withRoleChoice, type CaseUpdate, type HcRoleChoice } from './model.ts';

export interface HcPeopleSectionProps {
  readonly draft: Case;
  readonly edit: CaseUpdate;
  readonly problems: readonly FieldProblem[];
}

const choices: readonly HcRoleChoice[] = ['family', 'support-author', 'both'];

/**
 * The people the application speaks of: the family (a directly affected child is chosen from here
 * for the best-interests exception) and the authors of letters of support.
 */
export function HcPeopleSection({ draft, edit, problems }: HcPeopleSectionProps) {
  const { t } = useTranslation();
  const idBase = useId();
  return (
    <PeopleSection
      draft={draft}
      edit={edit}
      problems={problems}
      people={hcPeople(draft)}
      create={newHcPerson}
      remove={withoutHcPerson}
      className="hc-section"
      text={{
        title: t('hc.people.title'),
        hint: t('hc.people.hint'),
        empty: t('hc.people.empty'),
        add: t('hc.people.add'),
        removeTitle: t('hc.people.removeTitle'),
        removeConfirm: t('hc.people.removeConfirm'),
        unnamed: t('hc.people.unnamed'),
      }}
      removeExplain={(person) => (
        <p>
          {t(
            person.roles.some((r) => r !== 'family' && r !== 'support-author') ? 'hc.people.removeKeepsPerson' : 'hc.people.removeExplain',
          )}
        </p>
      )}
      renderCard={({ person, position, update, errorAt, onRemove, familyNameId }) => {
        const titleId = `${idBase}-${person.id}-title`;
        return (
          <PersonCard
            person={person}
            update={update}
            errorAt={errorAt}
            titleId={titleId}
            heading={t('hc.people.personN', { n: position })}
            testId="hc-person"
            familyNameId={familyNameId}
            removeLabel={t('hc.people.remove')}
            unnamed={t('hc.people.unnamed')}
            onRemove={onRemove}
          >
            <div className="field-row">
              <SelectField<HcRoleChoice>
                label={t('hc.people.role')}
                value={roleChoice(person)}
                options={choices.map((choice) => ({ value: choice, label: t(`hc.people.roles.${choice}`) }))}
                onChange={(choice) => update((p) => withRoleChoice(p, choice))}
                size="medium"
              />
              <TextField
                label={t('hc.people.relationship')}
                hint={t('hc.people.relationshipHint')}
                value={person.relationshipToClient ?? ''}
                onChange={(value) => update((p) => withOptional(p, 'relationshipToClient', value))}
                error={errorAt('relationshipToClient')}
                dir="auto"
                size="long"
              />
            </div>
            <TextField
              label={t('hc.people.organisation')}
              value={person.organisation ?? ''}
              onChange={(value) => update((p) => withOptional(p, 'organisation', value))}
              error={errorAt('organisation')}
              dir="auto"
              size="long"
            />
          </PersonCard>
        );
      }}
    />
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { SelectField } from '../../components/Field.tsx';
import { PersonCard } from '../../components/people/PersonCard.tsx';
import { PeopleSection } from '../../components/people/PeopleSection.tsx';
import { PersonTextField } from '../../components/people/PersonTextField.tsx';
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
      renderCard={(slot) => (
        <PersonCard
          {...slot}
          titleId={`${idBase}-${slot.person.id}-title`}
          heading={t('hc.people.personN', { n: slot.position })}
          testId="hc-person"
          removeLabel={t('hc.people.remove')}
          unnamed={t('hc.people.unnamed')}
        >
          <div className="field-row">
            <SelectField<HcRoleChoice>
              label={t('hc.people.role')}
              value={roleChoice(slot.person)}
              options={choices.map((choice) => ({ value: choice, label: t(`hc.people.roles.${choice}`) }))}
              onChange={(choice) => slot.update((p) => withRoleChoice(p, choice))}
              size="medium"
            />
            <PersonTextField
              {...slot}
              field="relationshipToClient"
              label={t('hc.people.relationship')}
              hint={t('hc.people.relationshipHint')}
              dir="auto"
              size="long"
            />
          </div>
          <PersonTextField {...slot} field="organisation" label={t('hc.people.organisation')} dir="auto" size="long" />
        </PersonCard>
      )}
    />
  );
}

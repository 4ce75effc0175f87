import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { PeopleSection } from '../../components/people/PeopleSection.tsx';
import { BondspersonCard } from './BondspersonCard.tsx';
import { isBondsperson, newBondsperson, withoutBondsperson, type CaseUpdate } from './plan.ts';

export interface BondspersonsSectionProps {
  readonly draft: Case;
  readonly edit: CaseUpdate;
  readonly problems: readonly FieldProblem[];
}

/** The people offering money and supervision: add one, fill every fact the member asks about, remove one after confirming. */
export function BondspersonsSection({ draft, edit, problems }: BondspersonsSectionProps) {
  const { t } = useTranslation();
  return (
    <PeopleSection
      draft={draft}
      edit={edit}
      problems={problems}
      people={draft.people.flatMap((person, index) => (isBondsperson(person) ? [{ person, index }] : []))}
      create={newBondsperson}
      remove={withoutBondsperson}
      className="rp-section"
      field="people"
      text={{
        title: t('releasePlan.bondspersons'),
        hint: t('releasePlan.bondspersonsHint'),
        empty: t('releasePlan.noBondspersons'),
        add: t('releasePlan.addBondsperson'),
        removeTitle: t('releasePlan.removeTitle'),
        removeConfirm: t('releasePlan.removeConfirm'),
        unnamed: t('releasePlan.unnamed'),
      }}
      removeExplain={(person) => <p>{t(person.roles.length > 1 ? 'releasePlan.removeKeepsPerson' : 'releasePlan.removeExplain')}</p>}
      renderCard={(slot) => (
        <BondspersonCard {...slot} exhibits={draft.exhibits} frenchFiling={draft.matter.languageOfProceedings === 'fr'} />
      )}
    />
  );
}

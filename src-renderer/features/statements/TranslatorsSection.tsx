import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { PeopleSection } from '../../components/people/PeopleSection.tsx';
import type { CaseUpdate } from './model.ts';
import { associations, TranslatorCard } from './TranslatorCard.tsx';
import { newTranslator, translationsBy, translatorsOf, withoutTranslator } from './translators.ts';

export interface TranslatorsSectionProps {
  readonly draft: Case;
  readonly edit: CaseUpdate;
  readonly problems: readonly FieldProblem[];
}

/** The registry: everyone with the translator role, added, edited and removed here. */
export function TranslatorsSection({ draft, edit, problems }: TranslatorsSectionProps) {
  const { t } = useTranslation();
  const associationListId = useId();
  return (
    <PeopleSection
      draft={draft}
      edit={edit}
      problems={problems}
      people={translatorsOf(draft)}
      create={newTranslator}
      remove={withoutTranslator}
      className="st-translators"
      text={{
        title: t('translators.title'),
        hint: t('translators.intro'),
        empty: t('translators.empty'),
        add: t('translators.add'),
        removeTitle: t('translators.removeTitle'),
        removeConfirm: t('translators.removeConfirm'),
        unnamed: t('translators.unnamed'),
      }}
      removeExplain={(person) => {
        const usedBy = translationsBy(draft, person.id);
        return (
          <>
            <p>{t(person.roles.length > 1 ? 'translators.removeKeepsPerson' : 'translators.removeExplain')}</p>
            {usedBy > 0 ? <p>{t('translators.removeUsed', { count: usedBy })}</p> : null}
          </>
        );
      }}
      shared={
        <>
          <datalist id={associationListId}>
            {associations.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      }
      renderCard={(slot) => <TranslatorCard {...slot} associationListId={associationListId} />}
    />
  );
}

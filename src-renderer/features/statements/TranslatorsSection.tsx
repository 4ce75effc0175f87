import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Person } from '../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorLookup } from '../client/edit.ts';
import { newId } from '../detention/ids.ts';
import { useFocusAfterRender } from '../release-plan/focus.ts';
import { personName, updatePerson } from '../release-plan/plan.ts';
import { LanguageTagList } from './languages.tsx';
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
  const titleId = useId();
  const idBase = useId();
  const languageListId = useId();
  const associationListId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [removing, setRemoving] = useState<Person | null>(null);
  const translators = translatorsOf(draft);
  const familyNameId = (personId: string) => `${idBase}-${personId}-family`;

  const add = () => {
    const id = newId('p', new Set(draft.people.map((p) => p.id)));
    edit((c) => ({ ...c, people: [...c.people, newTranslator(id)] }));
    focusAfterRender(() => document.getElementById(familyNameId(id)));
  };
  const usedBy = removing ? translationsBy(draft, removing.id) : 0;

  return (
    <section className="card form-section st-translators" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('translators.title')}</h2>
      <p className="field-hint">{t('translators.intro')}</p>
      <LanguageTagList id={languageListId} />
      <datalist id={associationListId}>
        {associations.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {translators.length === 0 ? <p className="row-empty">{t('translators.empty')}</p> : null}
      <div className="rp-cards">
        {translators.map(({ person, index }, position) => (
          <TranslatorCard
            key={person.id}
            person={person}
            position={position + 1}
            update={(change) => edit((c) => updatePerson(c, person.id, change))}
            errorAt={errorLookup(t, problems, `people.${index}`)}
            onRemove={() => setRemoving(person)}
            familyNameId={familyNameId(person.id)}
            languageListId={languageListId}
            associationListId={associationListId}
          />
        ))}
      </div>
      <button ref={addButton} type="button" className="button add-row" onClick={add}>
        <span aria-hidden="true">+ </span>
        {t('translators.add')}
      </button>
      {removing ? (
        <Dialog title={t('translators.removeTitle')} onClose={() => setRemoving(null)} className="dialog-danger">
          <div className="stack">
            <p className="dialog-subject">
              <bdi>{personName(removing) || t('translators.unnamed')}</bdi>
            </p>
            <p>{t(removing.roles.length > 1 ? 'translators.removeKeepsPerson' : 'translators.removeExplain')}</p>
            {usedBy > 0 ? <p>{t('translators.removeUsed', { count: usedBy })}</p> : null}
            <div className="actions">
              <button type="button" className="button" onClick={() => setRemoving(null)} data-autofocus>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  const id = removing.id;
                  setRemoving(null);
                  edit((c) => withoutTranslator(c, id));
                  focusAfterRender(() => addButton.current);
                }}
              >
                {t('translators.removeConfirm')}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}

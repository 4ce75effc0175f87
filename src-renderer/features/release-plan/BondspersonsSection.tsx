import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Person } from '../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorLookup } from '../client/edit.ts';
import { BondspersonCard } from './BondspersonCard.tsx';
import { useFocusAfterRender } from './focus.ts';
import { newId } from '../detention/ids.ts';
import { isBondsperson, newBondsperson, personName, updatePerson, withoutBondsperson, type CaseUpdate } from './plan.ts';

export interface BondspersonsSectionProps {
  readonly draft: Case;
  readonly edit: CaseUpdate;
  readonly problems: readonly FieldProblem[];
}

/** The people offering money and supervision: add one, fill every fact the member asks about, remove one after confirming. */
export function BondspersonsSection({ draft, edit, problems }: BondspersonsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const idBase = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [removing, setRemoving] = useState<Person | null>(null);
  const bondspersons = draft.people.flatMap((person, index) => (isBondsperson(person) ? [{ person, index }] : []));
  const familyNameId = (personId: string) => `${idBase}-${personId}-family`;

  const add = () => {
    const id = newId('p', new Set(draft.people.map((p) => p.id)));
    edit((c) => ({ ...c, people: [...c.people, newBondsperson(id)] }));
    focusAfterRender(() => document.getElementById(familyNameId(id)));
  };

  return (
    <section className="card form-section rp-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('releasePlan.bondspersons')}</h2>
      <p className="field-hint">{t('releasePlan.bondspersonsHint')}</p>
      {bondspersons.length === 0 ? <p className="row-empty">{t('releasePlan.noBondspersons')}</p> : null}
      <div className="rp-cards">
        {bondspersons.map(({ person, index }, position) => (
          <BondspersonCard
            key={person.id}
            person={person}
            position={position + 1}
            update={(change) => edit((c) => updatePerson(c, person.id, change))}
            exhibits={draft.exhibits}
            errorAt={errorLookup(t, problems, `people.${index}`)}
            onRemove={() => setRemoving(person)}
            familyNameId={familyNameId(person.id)}
          />
        ))}
      </div>
      <button ref={addButton} type="button" className="button add-row" onClick={add}>
        <span aria-hidden="true">+ </span>
        {t('releasePlan.addBondsperson')}
      </button>
      {removing ? (
        <Dialog title={t('releasePlan.removeTitle')} onClose={() => setRemoving(null)} className="dialog-danger">
          <div className="stack">
            <p className="dialog-subject">
              <bdi>{personName(removing) || t('releasePlan.unnamed')}</bdi>
            </p>
            <p>{t(removing.roles.length > 1 ? 'releasePlan.removeKeepsPerson' : 'releasePlan.removeExplain')}</p>
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
                  edit((c) => withoutBondsperson(c, id));
                  focusAfterRender(() => addButton.current);
                }}
              >
                {t('releasePlan.removeConfirm')}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}

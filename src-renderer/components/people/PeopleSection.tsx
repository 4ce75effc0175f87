import { Fragment, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Person } from '../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { errorLookup, type ErrorAt } from '../../case-edit/fields.ts';
import { newId } from '../../case-edit/ids.ts';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import { personName, updatePerson, type PersonUpdate } from '../../case-edit/people.ts';
import { freshRow } from '../../case-edit/fresh-rows.ts';
import './people.css';

/** What a card in the list is given. */
export interface PersonCardSlot {
  readonly person: Person;
  /** 1-based place in the list. */
  readonly position: number;
  readonly update: PersonUpdate;
  /** Problems under `people.N`. */
  readonly errorAt: ErrorAt;
  readonly onRemove: () => void;
  readonly familyNameId: string;
}

export interface PeopleSectionProps {
  readonly draft: Case;
  readonly edit: (change: (value: Case) => Case) => void;
  readonly problems: readonly FieldProblem[];
  /** The people with the role, with their place among the case's people (for field paths). */
  readonly people: readonly { readonly person: Person; readonly index: number }[];
  /** A new person with the role and nothing else filled in. */
  readonly create: (id: string) => Person;
  /** The case without the role of person `id` (and without the person, if that was their only role). */
  readonly remove: (value: Case, id: string) => Case;
  readonly renderCard: (slot: PersonCardSlot) => ReactNode;
  readonly className: string;
  /** The case path this section edits (`people`), so a problem elsewhere can link to it. */
  readonly field?: string | undefined;
  readonly text: {
    readonly title: string;
    readonly hint: string;
    readonly empty: string;
    readonly add: string;
    readonly removeTitle: string;
    readonly removeConfirm: string;
    readonly unnamed: string;
  };
  /** What the removal dialog says about the person: what leaves the case with the role. */
  readonly removeExplain: (person: Person) => ReactNode;
  /** Lists the cards share (datalists), placed before them. */
  readonly shared?: ReactNode;
}

/**
 * The people with one role in the case (bondspersons, translators): a card each, an add button
 * that focuses the new person's family name, and a removal that asks first and then returns
 * focus to the add button.
 */
export function PeopleSection({
  draft,
  edit,
  problems,
  people,
  create,
  remove,
  renderCard,
  className,
  field,
  text,
  ...rest
}: PeopleSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const idBase = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [removing, setRemoving] = useState<Person | null>(null);
  const familyNameId = (personId: string) => `${idBase}-${personId}-family`;

  const add = () => {
    const id = newId('p', new Set(draft.people.map((p) => p.id)));
    edit((c) => ({ ...c, people: [...c.people, freshRow(create(id))] }));
    focusAfterRender(() => document.getElementById(familyNameId(id)));
  };

  return (
    <section className={`card form-section ${className}`} aria-labelledby={titleId} data-field={field}>
      <h2 id={titleId}>{text.title}</h2>
      <p className="field-hint">{text.hint}</p>
      {rest.shared}
      {people.length === 0 ? <p className="row-empty">{text.empty}</p> : null}
      <div className="person-cards">
        {people.map(({ person, index }, position) => (
          <Fragment key={person.id}>
            {renderCard({
              person,
              position: position + 1,
              update: (change) => edit((c) => updatePerson(c, person.id, change)),
              errorAt: errorLookup(t, problems, `people.${index}`),
              onRemove: () => setRemoving(person),
              familyNameId: familyNameId(person.id),
            })}
          </Fragment>
        ))}
      </div>
      <button ref={addButton} type="button" className="button add-row" onClick={add}>
        <span aria-hidden="true">+ </span>
        {text.add}
      </button>
      {removing ? (
        <ConfirmDialog
          title={text.removeTitle}
          subject={personName(removing) || text.unnamed}
          confirmLabel={text.removeConfirm}
          className="dialog-danger"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            edit((c) => remove(c, id));
            focusAfterRender(() => addButton.current);
          }}
        >
          {rest.removeExplain(removing)}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NamesEditor } from '../NamesEditor.tsx';
import { personName } from '../../case-edit/people.ts';
import type { PersonCardSlot } from './PeopleSection.tsx';

/** A card is given the slot's person, update, errorAt, onRemove and familyNameId. */
export interface PersonCardProps extends Omit<PersonCardSlot, 'position'> {
  /** The id of the card's heading, for the card and whatever inside it is named by it. */
  readonly titleId: string;
  /** "Bondsperson 2": the person's place in the list; the name follows it once typed. */
  readonly heading: string;
  /** Beside the heading: what is decided about the person (accepted, certified). */
  readonly badge?: ReactNode;
  readonly testId: string;
  readonly removeLabel: string;
  /** Who the remove button removes while the person has no name yet. */
  readonly unnamed: string;
  /** Whether the remove button sits at the start of the card rather than at its end. */
  readonly removeAtStart?: boolean;
  /** The role's own fields, between the names and the remove button. */
  readonly children: ReactNode;
}

/** One person in a list of people with a role: heading, names, the role's fields, and the button that removes them. */
export function PersonCard(props: PersonCardProps) {
  const { t } = useTranslation();
  const { person, titleId } = props;
  const name = personName(person);
  return (
    <section className="card person-card" aria-labelledby={titleId} data-testid={props.testId}>
      <div className="person-card-head">
        <h3 id={titleId}>
          {props.heading}
          {name ? (
            <>
              {' — '}
              <bdi>{name}</bdi>
            </>
          ) : null}
        </h3>
        {props.badge}
      </div>

      <div className="person-names">
        <NamesEditor
          names={person}
          update={props.update}
          errorAt={props.errorAt}
          familyNameId={props.familyNameId}
          namesInScriptTitle={t('releasePlan.person.namesInScript')}
          aliasesTitle={t('releasePlan.person.aliases')}
        />
      </div>

      {props.children}

      <div className={props.removeAtStart ? 'actions start' : 'actions'}>
        <button type="button" className="button button-small button-danger-quiet" onClick={props.onRemove}>
          {props.removeLabel}
          <span className="visually-hidden">: {name || props.unnamed}</span>
        </button>
      </div>
    </section>
  );
}

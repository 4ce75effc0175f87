import { TextField } from '../Field.tsx';
import { withOptional } from '../../case-edit/fields.ts';
import type { PersonCardSlot } from './PeopleSection.tsx';

/** Given a card's slot (or its person, update and errorAt). */
export interface PersonTextFieldProps extends Pick<PersonCardSlot, 'person' | 'update' | 'errorAt'> {
  /** The person's optional text, left out of the case while empty. */
  readonly field: 'relationshipToClient' | 'organisation' | 'address';
  readonly label: string;
  readonly hint?: string | undefined;
  readonly dir?: 'auto' | undefined;
  readonly size: 'medium' | 'long';
}

/** One of a person's own optional details (relationship, organisation, address), whatever their role. */
export function PersonTextField({ person, update, errorAt, field, label, hint, dir, size }: PersonTextFieldProps) {
  return (
    <TextField
      label={label}
      hint={hint}
      value={person[field] ?? ''}
      onChange={(value) => update((p) => withOptional(p, field, value))}
      error={errorAt(field)}
      dir={dir}
      size={size}
    />
  );
}

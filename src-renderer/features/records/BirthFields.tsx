import { useTranslation } from 'react-i18next';
import type { PlaceOfBirth } from '../../../src-main/core/model/case.ts';
import { CodePicker } from '../../components/CodePicker.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { under, withOptional } from '../../case-edit/fields.ts';
import type { SectionProps } from '../client/NamesSection.tsx';

/** Where the client was born (the country picked by name, stored as its code) and the birth date in another calendar. */
export function BirthFields({ client, update, errorAt }: SectionProps) {
  const { t } = useTranslation();
  const place = client.placeOfBirth ?? {};
  const setPlace = (next: PlaceOfBirth) =>
    update((c) => withOptional(c, 'placeOfBirth', next.city === undefined && next.country === undefined ? undefined : next));
  return (
    <fieldset className="group-box" data-testid="birth-fields">
      <legend>{t('records.birth.title')}</legend>
      <div className="field-row align-end">
        <TextField
          label={t('records.birth.city')}
          value={place.city ?? ''}
          onChange={(city) => setPlace(withOptional(place, 'city', city))}
          error={errorAt('placeOfBirth.city')}
          dir="auto"
          size="medium"
        />
        <CodePicker
          kind="region"
          label={t('records.birth.country')}
          emptyNote={t('records.birth.countryHint')}
          value={place.country ?? ''}
          onChange={(country) => setPlace(withOptional(place, 'country', country))}
          error={errorAt('placeOfBirth.country')}
          size="medium"
        />
      </div>
      <p className="hint">{t('records.birth.otherCalendarHint')}</p>
      <DateField
        kind="source"
        legend={t('records.birth.otherCalendar')}
        value={client.dateOfBirthOtherCalendar}
        onChange={(second) => update((c) => withOptional(c, 'dateOfBirthOtherCalendar', second))}
        errorAt={under(errorAt, 'dateOfBirthOtherCalendar')}
      />
    </fieldset>
  );
}

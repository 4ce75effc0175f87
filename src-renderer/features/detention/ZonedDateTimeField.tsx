import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZonedDateTime } from '../../../src-main/core/model/dates.ts';
import { FieldError } from '../../components/Field.tsx';
import type { ErrorAt } from '../../case-edit/fields.ts';
import { composeZoned, offsetLabel, sameZoned, wallClockOf, zoneLabel, zoneOptions, type WallClock } from './zoned.ts';

export interface ZonedDateTimeFieldProps {
  readonly legend: string;
  readonly value: ZonedDateTime | undefined;
  /** Receives undefined when date and time are both cleared (unless `required`). */
  readonly onChange: (value: ZonedDateTime | undefined) => void;
  /** Messages for the whole value (`''`), the date and time (`utc`) and the zone (`tz`). */
  readonly errorAt: ErrorAt;
  readonly required?: boolean | undefined;
  /** The zone a value takes until one is chosen (the facility's, the detention's). */
  readonly defaultZone?: string | undefined;
  readonly hint?: string | undefined;
}

/**
 * A moment as people give it: the local date, the 24-hour time and the IANA zone of the place.
 * What was typed stays on screen while it cannot be read yet; a missing zone is named at the
 * zone and the typed time is kept (see wallClockOf).
 */
export function ZonedDateTimeField({ legend, value, onChange, errorAt, required, defaultZone, hint }: ZonedDateTimeFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState<WallClock>(() => wallClockOf(value));
  const [chosenZone, setChosenZone] = useState(value?.tz ?? '');
  const zone = value?.tz ?? (chosenZone || (defaultZone ?? ''));

  const build = (date: string, time: string, tz: string): ZonedDateTime | undefined =>
    date.trim() === '' && time.trim() === '' && !required ? undefined : composeZoned(date, time, tz);
  const shown = sameZoned(build(typed.date, typed.time, zone), value) ? typed : wallClockOf(value);

  const setClock = (next: WallClock) => {
    setTyped(next);
    onChange(build(next.date, next.time, zone));
  };
  const setZone = (tz: string) => {
    setChosenZone(tz);
    onChange(build(shown.date, shown.time, tz));
  };

  const groupError = errorAt('');
  const clockError = errorAt('utc');
  const zoneError = errorAt('tz');
  const ids = {
    hint: `${id}-hint`,
    group: `${id}-group-error`,
    clock: `${id}-clock-error`,
    zone: `${id}-zone-error`,
    offset: `${id}-offset`,
  };
  const offset = offsetLabel(value);
  const clockDescribedBy = [clockError ? ids.clock : null, groupError ? ids.group : null, offset ? ids.offset : null]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset className="date-field zoned-field" aria-describedby={hint ? ids.hint : undefined}>
      <legend>
        {legend}
        {required ? <span className="visually-hidden"> {t('detention.requiredMark')}</span> : null}
      </legend>
      {hint ? (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="field-row">
        <div className="field zoned-field-date">
          <label htmlFor={`${id}-date`}>{t('detention.date')}</label>
          <input
            id={`${id}-date`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="YYYY-MM-DD"
            value={shown.date}
            onChange={(event) => setClock({ date: event.target.value, time: shown.time })}
            aria-required={required}
            aria-invalid={clockError || groupError ? true : undefined}
            aria-describedby={clockDescribedBy || undefined}
          />
        </div>
        <div className="field zoned-field-time">
          <label htmlFor={`${id}-time`}>{t('detention.time')}</label>
          <input
            id={`${id}-time`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="HH:MM"
            value={shown.time}
            onChange={(event) => setClock({ date: shown.date, time: event.target.value })}
            aria-required={required}
            aria-invalid={clockError || groupError ? true : undefined}
            aria-describedby={clockDescribedBy || undefined}
          />
        </div>
        <div className="field field-long">
          <label htmlFor={`${id}-zone`}>{t('detention.zone')}</label>
          <select
            id={`${id}-zone`}
            value={zone}
            onChange={(event) => setZone(event.target.value)}
            aria-required={required}
            aria-invalid={zoneError ? true : undefined}
            aria-describedby={zoneError ? ids.zone : undefined}
          >
            <option value="">{t('detention.chooseZone')}</option>
            {zoneOptions(zone).map((tz) => (
              <option key={tz} value={tz}>
                {zoneLabel(tz, i18n.language)}
              </option>
            ))}
          </select>
          {zoneError ? <FieldError id={ids.zone} message={zoneError} /> : null}
        </div>
      </div>
      {offset ? (
        <p id={ids.offset} className="field-note">
          {offset}
        </p>
      ) : null}
      {clockError ? <FieldError id={ids.clock} message={clockError} /> : null}
      {groupError ? <FieldError id={ids.group} message={groupError} /> : null}
    </fieldset>
  );
}

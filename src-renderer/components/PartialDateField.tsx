import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  calendarIds,
  convertibleCalendars,
  gregorianRange,
  partialDateSchema,
  type CalendarId,
  type PartialDate,
} from '../../src-main/core/model/partial-date.ts';
import { parseIsoDate } from '../../src-main/core/model/dates.ts';
import { FieldError, SelectField, TextField } from './Field.tsx';
import { NumberField } from './NumberField.tsx';
import './PartialDateField.css';

const qualifiers = ['exact', 'circa', 'before', 'after', 'between', 'season'] as const satisfies readonly PartialDate['qualifier'][];

export const emptyPartialDate: PartialDate = { calendar: 'gregorian', original: '', qualifier: 'exact', confidence: 'high' };

type NumberKey = 'year' | 'month' | 'day';
type TextKey = 'original' | 'earliest' | 'latest';

function isBlank(value: PartialDate): boolean {
  return (
    value.calendar === 'gregorian' &&
    value.qualifier === 'exact' &&
    value.year === undefined &&
    value.month === undefined &&
    value.day === undefined &&
    value.original.trim() === '' &&
    !value.earliest &&
    !value.latest
  );
}

function setKey<K extends keyof PartialDate>(value: PartialDate, key: K, next: PartialDate[K] | undefined): PartialDate {
  const copy: Partial<PartialDate> = { ...value };
  if (next === undefined || next === '') delete copy[key];
  else copy[key] = next;
  return { ...emptyPartialDate, ...copy };
}

function formatIso(language: string, iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(parts.year, parts.month - 1, parts.day));
}

export interface PartialDateFieldProps {
  readonly legend: string;
  readonly value: PartialDate | undefined;
  /** Receives undefined when every part is cleared (unless `required`). */
  readonly onChange: (value: PartialDate | undefined) => void;
  /** Error message for a part (`year`, `month`, …) or for the whole date (`''`). */
  readonly errorAt: (part: string) => string | undefined;
  readonly required?: boolean | undefined;
}

/**
 * A date as the source gave it: in its own calendar, possibly partial or approximate, with the
 * words as written, and the Gregorian range it stands for (computed, or entered by hand for
 * lunar calendars).
 */
export function PartialDateField({ legend, value, onChange, errorAt, required }: PartialDateFieldProps) {
  const { t, i18n } = useTranslation();
  const groupErrorId = useId();
  const current = value ?? emptyPartialDate;
  const convertible = convertibleCalendars.has(current.calendar);

  const change = (next: PartialDate) => {
    // In a convertible calendar the Gregorian bounds are derived; stale ones must not linger.
    const cleaned = convertibleCalendars.has(next.calendar) ? setKey(setKey(next, 'earliest', undefined), 'latest', undefined) : next;
    onChange(!required && isBlank(cleaned) ? undefined : cleaned);
  };
  const setNumber = (key: NumberKey) => (next: number | undefined) => change(setKey(current, key, next));
  const setText = (key: TextKey) => (next: string) => change(setKey(current, key, key === 'original' ? next : next.trim()));

  const parsed = value ? partialDateSchema.safeParse(value) : null;
  const range = parsed?.success ? gregorianRange(parsed.data) : null;
  const groupError = errorAt('');

  let rangeText: string;
  if (range) {
    rangeText =
      range.earliest === range.latest
        ? t('date.gregorianDay', { date: formatIso(i18n.language, range.earliest) })
        : t('date.gregorianRange', { from: formatIso(i18n.language, range.earliest), to: formatIso(i18n.language, range.latest) });
  } else {
    rangeText = convertible ? t('date.noRange') : t('date.enterRange');
  }

  return (
    <fieldset className="date-field" aria-describedby={groupError ? groupErrorId : undefined}>
      <legend>{legend}</legend>
      <div className="field-row">
        <SelectField<CalendarId>
          label={t('date.calendar')}
          value={current.calendar}
          options={calendarIds.map((id) => ({ value: id, label: t(`calendar.${id}`) }))}
          onChange={(calendar) => change({ ...current, calendar })}
          size="medium"
        />
        <NumberField
          label={t('date.year')}
          value={current.year}
          onChange={setNumber('year')}
          error={errorAt('year')}
          groupErrorId={groupError ? groupErrorId : undefined}
          className="field-year"
        />
        <NumberField
          label={t('date.month')}
          value={current.month}
          onChange={setNumber('month')}
          error={errorAt('month')}
          groupErrorId={undefined}
          className="field-tiny"
        />
        <NumberField
          label={t('date.day')}
          value={current.day}
          onChange={setNumber('day')}
          error={errorAt('day')}
          groupErrorId={undefined}
          className="field-tiny"
        />
        <SelectField<PartialDate['qualifier']>
          label={t('date.qualifier')}
          value={current.qualifier}
          options={qualifiers.map((id) => ({ value: id, label: t(`qualifier.${id}`) }))}
          onChange={(qualifier) => change({ ...current, qualifier })}
          size="short"
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('date.original')}
          hint={t('date.originalHint')}
          value={current.original}
          onChange={setText('original')}
          dir="auto"
          error={errorAt('original')}
          size="long"
        />
        {convertible ? null : (
          <>
            <TextField
              label={t('date.earliest')}
              value={current.earliest ?? ''}
              onChange={setText('earliest')}
              placeholder="YYYY-MM-DD"
              error={errorAt('earliest')}
              size="short"
            />
            <TextField
              label={t('date.latest')}
              value={current.latest ?? ''}
              onChange={setText('latest')}
              placeholder="YYYY-MM-DD"
              error={errorAt('latest')}
              size="short"
            />
          </>
        )}
      </div>
      <p className="date-range" data-testid="gregorian-range">
        {rangeText}
      </p>
      {groupError ? <FieldError id={groupErrorId} message={groupError} /> : null}
    </fieldset>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  calendarIds,
  convertibleCalendars,
  partialDateSchema,
  qualifierIds,
  type CalendarId,
  type PartialDate,
  type PartialDateEnd,
  type QualifierId,
} from '../../../src-main/core/model/partial-date.ts';
import { FieldError, SelectField, TextField } from '../../components/Field.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { gregorianText } from './labels.ts';

type Part = 'year' | 'month' | 'day';

function setPart<T extends object, K extends keyof T>(value: T, key: K, next: T[K] | undefined): T {
  const copy: Partial<T> = { ...value };
  if (next === undefined || next === '') delete copy[key];
  else copy[key] = next;
  return copy as T;
}

const isLunar = (calendar: CalendarId): boolean => !convertibleCalendars.has(calendar);

export interface DateFieldsProps {
  readonly legend: string;
  readonly value: PartialDate;
  readonly onChange: (value: PartialDate) => void;
  /** Error for a part (`year`, `end.year`, `earliest`…) or for the whole date (`''`). */
  readonly errorAt: (part: string) => string | undefined;
}

/**
 * The structured date: calendar, precision, year/month/day in that calendar, the end of a range
 * or season, the Gregorian bounds where no conversion exists, and confidence. Shows the
 * Gregorian days the date stands for as it is edited.
 */
export function DateFields({ legend, value, onChange, errorAt }: DateFieldsProps) {
  const { t } = useTranslation();
  const groupErrorId = useId();
  const showEnd = value.qualifier === 'between' || value.qualifier === 'season' || value.end !== undefined;
  const showBounds = value.qualifier !== 'unknown' && (isLunar(value.calendar) || value.year === undefined);
  const dated = value.qualifier !== 'unknown';

  const change = (next: PartialDate) => {
    // In a convertible calendar with a year the Gregorian bounds are computed: stale ones must not linger.
    const cleaned =
      !isLunar(next.calendar) && next.year !== undefined ? setPart(setPart(next, 'earliest', undefined), 'latest', undefined) : next;
    onChange(cleaned);
  };
  const setNumber = (key: Part) => (next: number | undefined) => change(setPart(value, key, next));
  const setEnd = (key: Part) => (next: number | undefined) => {
    const end: Partial<PartialDateEnd> = setPart({ ...(value.end ?? {}) }, key, next);
    const empty = end.year === undefined && end.month === undefined && end.day === undefined;
    change(empty ? setPart(value, 'end', undefined) : { ...value, end: { year: Number.NaN, ...end } });
  };
  const setQualifier = (qualifier: QualifierId) => {
    if (qualifier !== 'unknown') return change({ ...value, qualifier });
    onChange({ calendar: value.calendar, original: value.original, qualifier, confidence: 'low' });
  };
  const parsed = partialDateSchema.safeParse(value);
  const groupError = errorAt('');

  return (
    <fieldset className="date-field timeline-date" aria-describedby={groupError ? groupErrorId : undefined}>
      <legend>{legend}</legend>
      <div className="field-row">
        <SelectField<CalendarId>
          label={t('date.calendar')}
          value={value.calendar}
          options={calendarIds.map((id) => ({ value: id, label: t(`calendar.${id}`) }))}
          onChange={(calendar) => change({ ...value, calendar })}
          size="medium"
        />
        <SelectField<QualifierId>
          label={t('timeline.form.qualifier')}
          value={value.qualifier}
          options={qualifierIds.map((id) => ({ value: id, label: t(`timeline.qualifier.${id}`) }))}
          onChange={setQualifier}
          error={errorAt('qualifier')}
          size="short"
        />
        {dated ? (
          <>
            <NumberField
              label={t('date.year')}
              value={value.year}
              onChange={setNumber('year')}
              error={errorAt('year')}
              className="field-year"
            />
            <NumberField label={t('date.month')} value={value.month} onChange={setNumber('month')} error={errorAt('month')} />
            <NumberField label={t('date.day')} value={value.day} onChange={setNumber('day')} error={errorAt('day')} />
          </>
        ) : null}
      </div>
      {dated && showEnd ? (
        <div className="field-row" role="group" aria-label={t('timeline.form.end')}>
          <NumberField
            label={t('timeline.form.endYear')}
            value={value.end?.year}
            onChange={setEnd('year')}
            error={errorAt('end.year') ?? errorAt('end')}
            className="field-year"
          />
          <NumberField
            label={t('timeline.form.endMonth')}
            value={value.end?.month}
            onChange={setEnd('month')}
            error={errorAt('end.month')}
          />
          <NumberField label={t('timeline.form.endDay')} value={value.end?.day} onChange={setEnd('day')} error={errorAt('end.day')} />
        </div>
      ) : null}
      {showBounds ? (
        <div className="field-row">
          <TextField
            label={t('date.earliest')}
            value={value.earliest ?? ''}
            onChange={(next) => onChange(setPart(value, 'earliest', next.trim()))}
            placeholder="YYYY-MM-DD"
            error={errorAt('earliest')}
            size="short"
          />
          <TextField
            label={t('date.latest')}
            value={value.latest ?? ''}
            onChange={(next) => onChange(setPart(value, 'latest', next.trim()))}
            placeholder="YYYY-MM-DD"
            error={errorAt('latest')}
            size="short"
          />
        </div>
      ) : null}
      <div className="field-row align-end">
        <SelectField<PartialDate['confidence']>
          label={t('timeline.form.confidence')}
          value={value.confidence}
          options={(['high', 'medium', 'low'] as const).map((id) => ({ value: id, label: t(`timeline.confidence.${id}`) }))}
          onChange={(confidence) => onChange({ ...value, confidence })}
          size="short"
        />
        <p className="date-range" data-testid="event-gregorian">
          {parsed.success ? t('timeline.form.gregorian', { text: gregorianText(t, parsed.data) }) : t('timeline.form.gregorianPending')}
        </p>
      </div>
      {isLunar(value.calendar) && dated ? <p className="field-hint">{t('date.enterRange')}</p> : null}
      {groupError ? <FieldError id={groupErrorId} message={groupError} /> : null}
    </fieldset>
  );
}

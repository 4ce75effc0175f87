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
import { FieldError, SelectField, TextField } from '../Field.tsx';
import { NumberField } from '../NumberField.tsx';
import { emptyPartialDate, gregorianSummary, isBlankPartialDate, withDatePart, withPart } from './partial.ts';

type Part = 'year' | 'month' | 'day';

interface CommonProps {
  readonly legend: string;
  /** Error for a part (`year`, `end.year`, `earliest`…) or for the whole date (`''`). */
  readonly errorAt: (part: string) => string | undefined;
}

/** A date as a document gives it: the words as written beside the parts; cleared to nothing unless required. */
export interface SourceDateProps extends CommonProps {
  readonly kind: 'source';
  readonly value: PartialDate | undefined;
  readonly onChange: (value: PartialDate | undefined) => void;
  readonly required?: boolean | undefined;
}

/** An event's date: it may be a range or a season, or unknown, and carries a confidence. */
export interface EventDateProps extends CommonProps {
  readonly kind: 'event';
  readonly value: PartialDate;
  readonly onChange: (value: PartialDate) => void;
  /** The Gregorian days a complete date stands for, as the timeline words them. */
  readonly describe: (value: PartialDate) => string;
}

const sourceQualifiers = qualifierIds.filter((id) => id !== 'unknown');

/**
 * A partial date in its own calendar: year, month and day as far as they are known, how precise
 * it is, the end of a range, and the Gregorian bounds (computed for convertible calendars,
 * entered by hand for lunar ones). Shows the Gregorian days it stands for as it is edited.
 */
export function PartialDateFields(props: SourceDateProps | EventDateProps) {
  const { t, i18n } = useTranslation();
  const groupErrorId = useId();
  const { legend, errorAt } = props;
  const event = props.kind === 'event';
  const current = props.value ?? emptyPartialDate;
  const convertible = convertibleCalendars.has(current.calendar);
  const dated = !event || current.qualifier !== 'unknown';
  const showEnd = event && dated && (current.qualifier === 'between' || current.qualifier === 'season' || current.end !== undefined);
  const showBounds = event ? dated && (!convertible || current.year === undefined) : !convertible;
  const groupError = errorAt('');

  const emit = (next: PartialDate) => {
    if (props.kind === 'event') props.onChange(next);
    else props.onChange(!props.required && isBlankPartialDate(next) ? undefined : next);
  };
  const change = (next: PartialDate) => {
    // Where the Gregorian bounds are computed, stale typed ones must not linger.
    const computed = convertibleCalendars.has(next.calendar) && (!event || next.year !== undefined);
    emit(computed ? withDatePart(withDatePart(next, 'earliest', undefined), 'latest', undefined) : next);
  };
  const setNumber = (key: Part) => (next: number | undefined) => change(withDatePart(current, key, next));
  const setEnd = (key: Part) => (next: number | undefined) => {
    const end: Partial<PartialDateEnd> = withPart({ ...(current.end ?? {}) }, key, next);
    const empty = end.year === undefined && end.month === undefined && end.day === undefined;
    change(empty ? withDatePart(current, 'end', undefined) : { ...current, end: { year: Number.NaN, ...end } });
  };
  const setBound = (key: 'earliest' | 'latest') => (next: string) =>
    event ? emit(withDatePart(current, key, next.trim())) : change(withDatePart(current, key, next.trim()));
  const setQualifier = (qualifier: QualifierId) => {
    if (qualifier !== 'unknown') return change({ ...current, qualifier });
    emit({ calendar: current.calendar, original: current.original, qualifier, confidence: 'low' });
  };

  const calendar = (
    <SelectField<CalendarId>
      label={t('date.calendar')}
      value={current.calendar}
      options={calendarIds.map((id) => ({ value: id, label: t(`calendar.${id}`) }))}
      onChange={(next) => change({ ...current, calendar: next })}
      size="medium"
    />
  );
  const qualifier = (
    <SelectField<QualifierId>
      label={t('date.qualifier')}
      value={current.qualifier}
      options={(event ? qualifierIds : sourceQualifiers).map((id) => ({
        value: id,
        label: t(event ? `timeline.qualifier.${id}` : `qualifier.${id}`),
      }))}
      onChange={setQualifier}
      error={event ? errorAt('qualifier') : undefined}
      size="short"
    />
  );
  const parts = dated ? (
    <>
      <NumberField
        label={t('date.year')}
        value={current.year}
        onChange={setNumber('year')}
        error={errorAt('year')}
        groupErrorId={!event && groupError ? groupErrorId : undefined}
        className="field-year"
      />
      <NumberField label={t('date.month')} value={current.month} onChange={setNumber('month')} error={errorAt('month')} />
      <NumberField label={t('date.day')} value={current.day} onChange={setNumber('day')} error={errorAt('day')} />
    </>
  ) : null;
  const parsed = props.value ? partialDateSchema.safeParse(props.value) : null;

  return (
    <fieldset className={event ? 'date-field date-field-event' : 'date-field'} aria-describedby={groupError ? groupErrorId : undefined}>
      <legend>{legend}</legend>
      <div className="field-row">
        {calendar}
        {event ? qualifier : null}
        {parts}
        {event ? null : qualifier}
      </div>
      {showEnd ? (
        <div className="field-row" role="group" aria-label={t('timeline.form.end')}>
          <NumberField
            label={t('timeline.form.endYear')}
            value={current.end?.year}
            onChange={setEnd('year')}
            error={errorAt('end.year') ?? errorAt('end')}
            className="field-year"
          />
          <NumberField
            label={t('timeline.form.endMonth')}
            value={current.end?.month}
            onChange={setEnd('month')}
            error={errorAt('end.month')}
          />
          <NumberField label={t('timeline.form.endDay')} value={current.end?.day} onChange={setEnd('day')} error={errorAt('end.day')} />
        </div>
      ) : null}
      {showBounds || !event ? (
        <div className="field-row">
          {event ? null : (
            <TextField
              label={t('date.original')}
              hint={t('date.originalHint')}
              value={current.original}
              onChange={(next) => change(withDatePart(current, 'original', next))}
              dir="auto"
              error={errorAt('original')}
              size="long"
            />
          )}
          {showBounds ? (
            <>
              <TextField
                label={t('date.earliest')}
                value={current.earliest ?? ''}
                onChange={setBound('earliest')}
                placeholder="YYYY-MM-DD"
                error={errorAt('earliest')}
                size="short"
              />
              <TextField
                label={t('date.latest')}
                value={current.latest ?? ''}
                onChange={setBound('latest')}
                placeholder="YYYY-MM-DD"
                error={errorAt('latest')}
                size="short"
              />
            </>
          ) : null}
        </div>
      ) : null}
      {props.kind === 'event' ? (
        <div className="field-row align-end">
          <SelectField<PartialDate['confidence']>
            label={t('timeline.form.confidence')}
            value={current.confidence}
            options={(['high', 'medium', 'low'] as const).map((id) => ({ value: id, label: t(`timeline.confidence.${id}`) }))}
            onChange={(confidence) => emit({ ...current, confidence })}
            size="short"
          />
          <p className="date-range" data-testid="event-gregorian">
            {parsed?.success ? t('timeline.form.gregorian', { text: props.describe(parsed.data) }) : t('timeline.form.gregorianPending')}
          </p>
        </div>
      ) : (
        <p className="date-range" data-testid="gregorian-range">
          {gregorianSummary(t, i18n.language, parsed?.success ? parsed.data : null, convertible)}
        </p>
      )}
      {event && !convertible && dated ? <p className="field-hint">{t('date.enterRange')}</p> : null}
      {groupError ? <FieldError id={groupErrorId} message={groupError} /> : null}
    </fieldset>
  );
}

import { parseDate, type CalendarDate } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, Label, Text } from 'react-aria-components';
import { isRealIsoDate } from '../../../src-main/core/model/dates.ts';

export interface DayFieldProps {
  readonly label: string;
  /** `YYYY-MM-DD`, or '' for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly warning?: string | undefined;
}

/**
 * The locale React Aria formats the segments in: Canadian English or French, which both write a
 * day as year, month, day, the order the case stores it in.
 */
export function dayLocale(language: string): string {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}

/**
 * An exact Gregorian day (React Aria DateField): year, month and day segments, each a spin
 * button that takes digits or arrows; it yields `YYYY-MM-DD` once every segment is filled, and ''
 * when cleared.
 */
export function DayField({ label, value, onChange, error, warning }: DayFieldProps) {
  const { i18n } = useTranslation();
  const date: CalendarDate | null = isRealIsoDate(value) ? parseDate(value) : null;
  return (
    <I18nProvider locale={dayLocale(i18n.language)}>
      <AriaDateField
        className="field field-short day-field"
        value={date}
        onChange={(next) => onChange(next ? next.toString() : '')}
        isInvalid={error !== undefined}
        granularity="day"
        shouldForceLeadingZeros
      >
        <Label className="day-label">{label}</Label>
        <DateInput className="day-input">{(segment) => <DateSegment segment={segment} className="day-segment" />}</DateInput>
        {warning ? (
          <Text slot="description" className="field-warning">
            <span aria-hidden="true">⚠ </span>
            {warning}
          </Text>
        ) : null}
        {error ? (
          <Text slot="errorMessage" className="field-error">
            <span aria-hidden="true">✕ </span>
            {error}
          </Text>
        ) : null}
      </AriaDateField>
    </I18nProvider>
  );
}

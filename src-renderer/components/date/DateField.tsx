import { DayField, type DayFieldProps } from './DayField.tsx';
import { PartialDateFields, type EventDateProps, type SourceDateProps } from './PartialDateFields.tsx';
import './DateField.css';

export type DateFieldProps = (DayFieldProps & { readonly kind?: undefined }) | SourceDateProps | EventDateProps;

/**
 * The one date field. An exact Gregorian day (`YYYY-MM-DD`) is entered as React Aria segments;
 * a partial date (`kind` "source" or "event") as the parts known in its own calendar, its
 * precision and, for events, a range's end and a confidence. Stored values keep their shape.
 */
export function DateField(props: DateFieldProps) {
  if (props.kind === undefined) return <DayField {...props} />;
  return <PartialDateFields {...props} />;
}

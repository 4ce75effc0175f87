import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZonedDateTime } from '../../../src-main/core/model/dates.ts';
import { isValidTimeZone, parseUtc } from '../../../src-main/core/rules/zoned.ts';
import { formatDateWords } from '../../../src-main/core/text/date-words.ts';
import { FieldError } from '../../components/Field.tsx';
import { canadianZones, composeZoned, sameZoned, wallClockOf, type WallClock } from '../detention/zoned.ts';

interface Parts extends WallClock {
  readonly tz: string;
}

/** The date and time a value shows, in its own zone; nothing while the zone is not a known one. */
function partsOf(value: ZonedDateTime): Parts {
  return isValidTimeZone(value.tz) ? { ...wallClockOf(value), tz: value.tz } : { date: '', time: '', tz: value.tz };
}

/** The instant the parts name; an empty `utc` (an incomplete entry, an unknown zone) keeps the draft from being saved. */
function instantOf(parts: Parts): ZonedDateTime {
  const tz = parts.tz.trim();
  return isValidTimeZone(tz) ? composeZoned(parts.date, parts.time, tz) : { utc: '', tz };
}

export interface ZonedDateTimeFieldProps {
  readonly legend: string;
  readonly value: ZonedDateTime;
  readonly onChange: (value: ZonedDateTime) => void;
  readonly error?: string | undefined;
}

/** A wall-clock date and time at a named place (IANA zone), stored as UTC plus the zone. */
export function ZonedDateTimeField({ legend, value, onChange, error }: ZonedDateTimeFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  const typed = instantOf(parts);
  // Follow the model when it changed from elsewhere (an undo, another window).
  const shown = sameZoned(typed, value) ? parts : value.utc === '' ? parts : partsOf(value);
  const change = (patch: Partial<Parts>) => {
    const next = { ...shown, ...patch };
    setParts(next);
    onChange(instantOf(next));
  };
  const complete = instantOf(shown);
  const zoneOk = isValidTimeZone(shown.tz.trim());
  const ownError =
    shown.tz.trim() !== '' && !zoneOk
      ? t('releasePlan.zoned.badZone')
      : complete.utc === ''
        ? t('releasePlan.zoned.incomplete')
        : undefined;
  const message = ownError ?? error;
  const ms = parseUtc(complete.utc);
  const summary =
    ms === null
      ? null
      : formatDateWords(ms, i18n.language, {
          weekday: 'long',
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          timeZone: complete.tz,
          timeZoneName: 'short',
        });
  return (
    <fieldset className="rp-zoned" aria-describedby={message ? `${id}-error` : summary ? `${id}-summary` : undefined}>
      <legend>{legend}</legend>
      <datalist id={`${id}-zones`}>
        {canadianZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="field-row">
        <div className="field field-short">
          <label htmlFor={`${id}-date`}>{t('releasePlan.zoned.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={shown.date}
            onChange={(e) => change({ date: e.target.value })}
            aria-invalid={message ? true : undefined}
          />
        </div>
        <div className="field field-short">
          <label htmlFor={`${id}-time`}>{t('releasePlan.zoned.time')}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={shown.time}
            onChange={(e) => change({ time: e.target.value })}
            aria-invalid={message ? true : undefined}
          />
        </div>
        <div className="field field-medium">
          <label htmlFor={`${id}-tz`}>{t('releasePlan.zoned.zone')}</label>
          <input
            id={`${id}-tz`}
            type="text"
            list={`${id}-zones`}
            autoComplete="off"
            spellCheck={false}
            value={shown.tz}
            onChange={(e) => change({ tz: e.target.value })}
            aria-invalid={message ? true : undefined}
          />
        </div>
      </div>
      {summary && !message ? (
        <p id={`${id}-summary`} className="date-range">
          {summary}
        </p>
      ) : null}
      {message ? <FieldError id={`${id}-error`} message={message} /> : null}
    </fieldset>
  );
}

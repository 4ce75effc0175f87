import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZonedDateTime } from '../../../src-main/core/model/dates.ts';
import { parseIsoDate } from '../../../src-main/core/model/dates.ts';
import { formatUtc, fromLocal, isValidTimeZone, parseUtc, toLocal } from '../../../src-main/core/rules/zoned.ts';
import { FieldError } from '../../components/Field.tsx';

/** Zones offered while typing; any IANA zone is accepted. */
const commonZones = [
  'America/St_Johns',
  'America/Halifax',
  'America/Moncton',
  'America/Toronto',
  'America/Winnipeg',
  'America/Regina',
  'America/Edmonton',
  'America/Vancouver',
  'America/Whitehorse',
] as const;

interface Parts {
  readonly date: string;
  readonly time: string;
  readonly tz: string;
}

function partsOf(value: ZonedDateTime): Parts {
  const ms = parseUtc(value.utc);
  if (ms === null || !isValidTimeZone(value.tz)) return { date: '', time: '', tz: value.tz };
  const local = toLocal(ms, value.tz);
  return { date: local.date, time: local.time, tz: value.tz };
}

/** The instant the parts name, or null; an empty `utc` keeps an incomplete entry from being saved. */
function instantOf(parts: Parts): ZonedDateTime {
  const day = parseIsoDate(parts.date);
  const time = /^(\d{2}):(\d{2})$/.exec(parts.time);
  const tz = parts.tz.trim();
  if (!day || !time || !isValidTimeZone(tz)) return { utc: '', tz };
  return { utc: formatUtc(fromLocal(day, Number(time[1]), Number(time[2]), tz)), tz };
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
  const shown = typed.utc === value.utc && typed.tz === value.tz ? parts : value.utc === '' ? parts : partsOf(value);
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
      : new Intl.DateTimeFormat(i18n.language, {
          weekday: 'long',
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          timeZone: complete.tz,
          timeZoneName: 'short',
        }).format(ms);
  return (
    <fieldset className="rp-zoned" aria-describedby={message ? `${id}-error` : summary ? `${id}-summary` : undefined}>
      <legend>{legend}</legend>
      <datalist id={`${id}-zones`}>
        {commonZones.map((zone) => (
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

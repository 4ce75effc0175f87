import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '../../../src-main/core/model/dates.ts';
import { gregorianRange, partialDateSchema, type PartialDate } from '../../../src-main/core/model/partial-date.ts';
import { usableLang } from './statements.ts';

function formatIso(language: string, iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/** "6 September 1989", "1 March – 31 March 2026", or null while the date cannot be converted. */
export function gregorianText(t: TFunction, language: string, date: PartialDate): string | null {
  const parsed = partialDateSchema.safeParse(date);
  const range = parsed.success ? gregorianRange(parsed.data) : null;
  if (!range) return null;
  return range.earliest === range.latest
    ? formatIso(language, range.earliest)
    : t('statements.dates.range', { from: formatIso(language, range.earliest), to: formatIso(language, range.latest) });
}

/** The dates recorded in one paragraph, as written and as Gregorian days, under the paragraph's original. */
export function DateNotes({ dates, lang }: { readonly dates: readonly PartialDate[]; readonly lang: string }) {
  const { t, i18n } = useTranslation();
  if (dates.length === 0) return null;
  return (
    <ul className="st-date-notes" aria-label={t('statements.dates.inParagraph')}>
      {dates.map((date, i) => {
        const gregorian = gregorianText(t, i18n.language, date);
        return (
          <li key={i}>
            <span lang={usableLang(lang)} dir="auto" className="st-date-original">
              {date.original.trim() || t(`calendar.${date.calendar}`)}
            </span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> </span>
            <span>{gregorian ?? t('statements.dates.noGregorian')}</span>
          </li>
        );
      })}
    </ul>
  );
}

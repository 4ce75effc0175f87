import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { gregorianRange, partialDateSchema, type PartialDate } from '../../../src-main/core/model/partial-date.ts';
import { longDateWords } from '../../../src-main/core/text/date-words.ts';
import { usableLang } from './statements.ts';

/** "6 September 1989", "1 March – 31 March 2026", or null while the date cannot be converted. */
export function gregorianText(t: TFunction, language: string, date: PartialDate): string | null {
  const parsed = partialDateSchema.safeParse(date);
  const range = parsed.success ? gregorianRange(parsed.data) : null;
  if (!range) return null;
  return range.earliest === range.latest
    ? longDateWords(range.earliest, language)
    : t('statements.dates.range', { from: longDateWords(range.earliest, language), to: longDateWords(range.latest, language) });
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

import { languageSubtags } from '../../../src-main/core/lang/direction.ts';
import type { CalendarId } from '../../../src-main/core/model/partial-date.ts';

/**
 * The calendar a date inside a statement is most likely written in, from the statement's
 * language: Thai documents count Buddhist Era years, Iranian and Afghan Persian the Solar Hijri
 * years, Chinese from Taiwan the Minguo (ROC) years. Anything else starts as Gregorian; the
 * advocate changes it when the words say otherwise (a lunar festival, for instance).
 */
export function calendarForLang(tag: string): CalendarId {
  const { language, region } = languageSubtags(tag);
  if (language === 'th') return 'buddhist';
  if (language === 'fa' || language === 'prs') return 'solar-hijri';
  if ((language === 'zh' || language === 'cmn' || language === 'nan' || language === 'hak') && region === 'tw') return 'minguo';
  return 'gregorian';
}

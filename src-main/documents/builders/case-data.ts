import type { Case, PlaceOfBirth } from '../../core/model/case.ts';
import type { PartialDate } from '../../core/model/partial-date.ts';
import { matterNumbers } from '../../core/matter/numbers.ts';
import { fileNumberLabel, fileNumberTexts } from '../../core/matter/wording.ts';
import { displayName } from '../../core/names.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import type { CounselProfile } from './counsel-profile.ts';
import { factDateText, formatLongDate, type DocLang } from './format-date.ts';
import { countryName } from './language-names.ts';

/** Script code → language tag for a name written in that script, so the right glyphs are chosen. */
const scriptLang: Readonly<Record<string, string>> = {
  Hant: 'zh-Hant',
  Hans: 'zh-Hans',
  Thai: 'th',
  Arab: 'ar',
  Hang: 'ko',
  Kore: 'ko',
  Jpan: 'ja',
  Deva: 'hi',
  Ethi: 'am',
};

function label(strings: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(strings, key) ? (strings[key] ?? '') : '';
}

/** Every number of the case on one line, each with its label in the document's language: "ID file no. 0003-B6-01234; …". */
export function fileNumbersLine(c: Case, lang: DocLang): string {
  return fileNumberTexts(c, lang).join('; ');
}

/** "Udon Thani, Thailand": the city as written and the country's name in the document's language. */
function placeOfBirthData(place: PlaceOfBirth | undefined, lang: DocLang): TemplateRecord {
  const parts = [place?.city?.trim() ?? '', place?.country === undefined ? '' : countryName(place.country, lang)].filter((p) => p !== '');
  return parts.length === 0 ? {} : { placeOfBirth: parts.join(', ') };
}

/** A date in another calendar as the source wrote it (or its parts), then its Gregorian date: "12 ส.ค. 2531 (August 12, 1988)". */
function writtenDateText(date: PartialDate, lang: DocLang): string {
  const written = date.original.trim() || [date.year, date.month, date.day].filter((n) => n !== undefined).join('-');
  const gregorian = factDateText(date, lang);
  return written === '' || written === gregorian ? gregorian : `${written} (${gregorian})`;
}

/** `today`, `case.*` and `client.*`: what every case document may print. */
export function caseData(c: Case, lang: DocLang, today: string, strings: Readonly<Record<string, string>>): TemplateRecord {
  const inScript = c.client.namesInScript[0];
  return {
    today: formatLongDate(today, lang),
    case: {
      forum: label(strings, `forum.${c.matter.forum}`) || c.matter.forum,
      fileNumbers: matterNumbers(c).map((n) => ({ issuer: fileNumberLabel(n, c.matter.forum, lang), value: n.value })),
      fileNumbersLine: fileNumbersLine(c, lang),
      isRpd: c.matter.forum === 'IRB-RPD',
    },
    client: {
      displayName: displayName(c.client),
      familyName: c.client.familyName,
      givenNames: c.client.givenNames,
      ...(inScript ? { nameInScript: { text: inScript.value, lang: scriptLang[inScript.script] ?? 'und' } } : {}),
      ...(c.client.dateOfBirth ? { dateOfBirth: factDateText(c.client.dateOfBirth, lang) } : {}),
      ...(c.client.dateOfBirthOtherCalendar ? { dateOfBirthOtherCalendar: writtenDateText(c.client.dateOfBirthOtherCalendar, lang) } : {}),
      ...placeOfBirthData(c.client.placeOfBirth, lang),
      ...(c.client.uci === undefined ? {} : { uci: c.client.uci }),
    },
  };
}

export function counselData(profile: CounselProfile): TemplateRecord {
  const optional = (key: string, value: string | undefined) => (value === undefined || value === '' ? {} : { [key]: value });
  return {
    counsel: {
      name: profile.name,
      firm: profile.firm,
      addressLines: profile.addressLines.join('\n'),
      ...optional('title', profile.title),
      ...optional('phone', profile.phone),
      ...optional('email', profile.email),
      ...optional('lawSociety', profile.lawSociety),
      // French filings print these: the French wording when counsel gave one, else the text as typed.
      ...optional('titleFr', profile.titleFr ?? profile.title),
      ...optional('lawSocietyFr', profile.lawSocietyFr ?? profile.lawSociety),
      ...optional('lawSocietyNumber', profile.lawSocietyNumber),
    },
  };
}

import type { Case } from '../../core/model/case.ts';
import { displayName } from '../../core/names.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import type { CounselProfile } from './counsel-profile.ts';
import { factDateText, formatLongDate, type DocLang } from './format-date.ts';

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

export function fileNumbersLine(c: Case, strings: Readonly<Record<string, string>>): string {
  const word = label(strings, 'fileNo');
  return c.matter.fileNumbers.map((f) => `${f.issuer} ${word} ${f.value}`.replace(/\s+/gu, ' ').trim()).join('; ');
}

/** `today`, `case.*` and `client.*`: what every case document may print. */
export function caseData(c: Case, lang: DocLang, today: string, strings: Readonly<Record<string, string>>): TemplateRecord {
  const inScript = c.client.namesInScript[0];
  return {
    today: formatLongDate(today, lang),
    case: {
      forum: label(strings, `forum.${c.matter.forum}`) || c.matter.forum,
      fileNumbers: c.matter.fileNumbers.map((f) => ({ issuer: f.issuer, value: f.value })),
      fileNumbersLine: fileNumbersLine(c, strings),
      isRpd: c.matter.forum === 'IRB-RPD',
    },
    client: {
      displayName: displayName(c.client),
      familyName: c.client.familyName,
      givenNames: c.client.givenNames,
      ...(inScript ? { nameInScript: { text: inScript.value, lang: scriptLang[inScript.script] ?? 'und' } } : {}),
      ...(c.client.dateOfBirth ? { dateOfBirth: factDateText(c.client.dateOfBirth, lang) } : {}),
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
      ...optional('lawSocietyNumber', profile.lawSocietyNumber),
    },
  };
}

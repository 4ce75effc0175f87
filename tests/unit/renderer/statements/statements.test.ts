import { describe, expect, it } from 'vitest';
import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';
import { calendarForLang } from '../../../../src-renderer/features/statements/dates.ts';
import { directionOf, newStatement, usableLang, withoutStatement } from '../../../../src-renderer/features/statements/statements.ts';
import {
  newTranslator,
  parseDialects,
  translatorsOf,
  withoutTranslator,
} from '../../../../src-renderer/features/statements/translators.ts';
import case1 from '../../../fixtures/cases/case1-lai.json';

const lai: Case = caseSchema.parse((case1 as { case?: unknown }).case ?? case1);

describe('direction from the language', () => {
  it('sets Persian, Dari, Arabic, Urdu and Hebrew right to left, and an explicit Arabic script too', () => {
    for (const tag of ['fa-IR', 'prs', 'ar', 'ur', 'he', 'pa-Arab']) expect(directionOf(tag), tag).toBe('rtl');
  });

  it('sets Chinese, Thai, Korean, Latin-script and Cyrillic languages left to right, and an unusable tag too', () => {
    for (const tag of ['yue-Hant', 'th', 'ko', 'vi', 'ru', 'az-Latn', '', 'not a tag']) expect(directionOf(tag), tag).toBe('ltr');
  });

  it('gives a lang attribute only for a well-formed tag', () => {
    expect(usableLang(' yue-Hant ')).toBe('yue-Hant');
    expect(usableLang('x')).toBeUndefined();
    expect(usableLang('fa IR')).toBeUndefined();
  });
});

describe('calendar of the dates written in a statement', () => {
  it('guesses the calendar the language usually writes years in', () => {
    expect(calendarForLang('th')).toBe('buddhist');
    expect(calendarForLang('fa-IR')).toBe('solar-hijri');
    expect(calendarForLang('prs')).toBe('solar-hijri');
    expect(calendarForLang('zh-Hant-TW')).toBe('minguo');
    expect(calendarForLang('yue-Hant')).toBe('gregorian');
    expect(calendarForLang('ko')).toBe('gregorian');
  });
});

describe('a new statement', () => {
  it('is in the language the client prefers for hearings, translated into the language of proceedings, and valid once titled', () => {
    const value = { ...lai, matter: { ...lai.matter, languageOfProceedings: 'fr' as const } };
    const statement = newStatement('st-new-1', value);
    const preferred = lai.client.languages.find((l) => l.preferredForHearing) ?? lai.client.languages[0];
    expect(statement.lang).toBe(preferred?.lang);
    expect(statement.translations[0]?.lang).toBe('fr');
    expect(statement.paragraphs).toEqual(['']);
    expect(caseSchema.safeParse({ ...lai, statements: [...lai.statements, statement] }).success).toBe(true);
  });

  it('leaves the language empty (to be typed) when the client has none recorded', () => {
    expect(newStatement('st-new-2', { ...lai, client: { ...lai.client, languages: [] } }).lang).toBe('');
  });

  it('is removed without touching the exhibit that holds its original', () => {
    const withExhibit = { ...lai, statements: lai.statements.map((s) => ({ ...s, originalExhibitId: 'x-chan-t4' })) };
    const after = withoutStatement(withExhibit, 'st-client-1');
    expect(after.statements).toEqual([]);
    expect(after.exhibits).toEqual(lai.exhibits);
  });
});

describe('the translators registry', () => {
  it('lists the people with the translator role, with their place among the case people', () => {
    const found = translatorsOf(lai);
    expect(found.map(({ person }) => person.id)).toEqual(['p-wong-mei-ling']);
    expect(lai.people[found[0]?.index ?? -1]?.id).toBe('p-wong-mei-ling');
  });

  it('adds a translator who validates with nothing ticked', () => {
    const person = newTranslator('p-new-translator');
    expect(caseSchema.safeParse({ ...lai, people: [...lai.people, person] }).success).toBe(true);
    expect(person.translator).toMatchObject({ isClient: false, isFamilyOfClient: false, isRepresentative: false });
  });

  it('removes a translator and the translator named on their translations', () => {
    const after = withoutTranslator(lai, 'p-wong-mei-ling');
    expect(after.people.some((p) => p.id === 'p-wong-mei-ling')).toBe(false);
    expect(after.statements[0]?.translations[0]?.translatorId).toBeUndefined();
    expect(after.statements[0]?.translations[0]?.paragraphs).toEqual(lai.statements[0]?.translations[0]?.paragraphs);
  });

  it('keeps a person who is also family when they stop being a translator', () => {
    const sister = { ...newTranslator('p-sister'), roles: ['family', 'translator'] as ('family' | 'translator')[] };
    const after = withoutTranslator({ ...lai, people: [...lai.people, sister] }, 'p-sister');
    const kept = after.people.find((p) => p.id === 'p-sister');
    expect(kept?.roles).toEqual(['family']);
    expect(kept?.translator).toBeUndefined();
  });

  it('reads dialects typed on one line, in Latin, Arabic or CJK punctuation', () => {
    expect(parseDialects(' Cantonese, Taishanese ,, ')).toEqual(['Cantonese', 'Taishanese']);
    expect(parseDialects('فارسی، دری')).toEqual(['فارسی', 'دری']);
    expect(parseDialects('粵語、台山話')).toEqual(['粵語', '台山話']);
  });
});

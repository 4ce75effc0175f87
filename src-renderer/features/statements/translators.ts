import type { Case, Person } from '../../../src-main/core/model/case.ts';
import type { Translator } from './model.ts';
import { withoutRole } from '../../case-edit/people.ts';

/** A translator with nothing recorded yet: no pairs, no association, no conflict ticked. */
export function newTranslatorDetails(): Translator {
  return { languages: [], pairs: [], isClient: false, isFamilyOfClient: false, isRepresentative: false };
}

export function newTranslator(id: string): Person {
  return {
    id,
    roles: ['translator'],
    familyName: '',
    givenNames: '',
    namesInScript: [],
    aliases: [],
    citizenships: [],
    phones: [],
    translator: newTranslatorDetails(),
  };
}

export function isTranslator(person: Person): boolean {
  return person.roles.includes('translator');
}

/** The case's translators, with their place among the case's people (for field paths). */
export function translatorsOf(value: Pick<Case, 'people'>): { readonly person: Person; readonly index: number }[] {
  return value.people.flatMap((person, index) => (isTranslator(person) ? [{ person, index }] : []));
}

/**
 * Takes someone off the translators: a person with no other role leaves the case; one who is
 * also, say, family keeps that role. Translations they made no longer name a translator.
 */
export function withoutTranslator(value: Case, id: string): Case {
  const people = withoutRole(value.people, id, 'translator');
  const statements = value.statements.map((statement) => ({
    ...statement,
    translations: statement.translations.map((translation) => {
      if (translation.translatorId !== id) return translation;
      const { translatorId, ...rest } = translation;
      void translatorId;
      return rest;
    }),
  }));
  return { ...value, people, statements };
}

/** Translations that name this translator. */
export function translationsBy(value: Pick<Case, 'statements'>, id: string): number {
  return value.statements.reduce((n, s) => n + s.translations.filter((t) => t.translatorId === id).length, 0);
}

/** "en, fr" style summary of the pairs: "yue-Hant → en". */
export function pairsSummary(translator: Translator): string {
  return translator.pairs.map((pair) => `${pair.from} → ${pair.to}`).join(', ');
}

/** Dialects typed as "Cantonese, Hakka": trimmed, empty entries dropped. */
export function parseDialects(text: string): string[] {
  return text
    .split(/[,،、;]/u)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

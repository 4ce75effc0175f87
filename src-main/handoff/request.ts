import { DossierError } from '../core/errors.ts';
import { fieldIssue } from '../core/issues/text.ts';
import type { Case, CertificationKind, Person, Statement, TranslationDestination } from '../core/model/case.ts';
import {
  checkTranslation,
  formatTranslationCitation,
  translationDestination,
  type TranslationRuleSet,
} from '../core/rules/translation-rules.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import { languageName } from '../documents/builders/language-names.ts';
import type { DocumentKind } from '../documents/builders/document-types.ts';
import type { DocumentText } from './document-source.ts';
import type { BundleTranslator, RequestContent, RequestItem } from './format.ts';
import { documentItemId, parseItemId } from './item-id.ts';
import { numberedParagraphs, sourceHash } from './source-hash.ts';
import { chosenTranslation, isTranslationLang, type StatementView } from '../core/model/translations.ts';

export interface RequestChoices {
  /** The language to translate into; for a statement English or French: the translation it targets (its first translation's language, else the proceedings'). */
  readonly targetLang?: string | undefined;
  readonly destination?: TranslationDestination | undefined;
  readonly certification?: CertificationKind | undefined;
  /** The translator from the case's registry, to prefill their name and membership. */
  readonly translatorId?: string | undefined;
}

export interface RequestSources {
  readonly rules: TranslationRuleSet;
  /** Builds a generated document in the document language and returns its wording. */
  readonly documentText: (kind: DocumentKind) => DocumentText;
}

function translatorEntry(person: Person): BundleTranslator {
  const association = person.translator?.association;
  return {
    familyName: person.familyName,
    givenNames: person.givenNames,
    ...(association
      ? {
          association: {
            name: association.name,
            memberNo: association.memberNo,
            certified: association.certified,
            ...(association.stampText === undefined ? {} : { stampText: association.stampText }),
          },
        }
      : {}),
  };
}

/**
 * The wording with the language names in it. French elides before a vowel: "du anglais" becomes
 * "de l'anglais", "vers le anglais" becomes "vers l'anglais" (an initial h is left alone: "le hongrois").
 */
export function fill(template: string, from: string, into: string): string {
  return template
    .replaceAll('{from}', from)
    .replaceAll('{into}', into)
    .replace(/\bdu (?=[aeiouyâàéèêëîïôöûüAEIOUYÂÀÉÈÊÎÔÛ])/gu, "de l'")
    .replace(/\ble (?=[aeiouyâàéèêëîïôöûüAEIOUYÂÀÉÈÊÎÔÛ])/gu, "l'");
}

function nothingToTranslate(): DossierError {
  return new DossierError('VALIDATION', 'There is nothing to translate yet: add the text first.', [
    fieldIssue('paragraphs', 'nothingToTranslate'),
  ]);
}

/** The certification a destination takes by default: a certified member's stamp for IRCC when the translator is one. */
function defaultCertification(
  destination: TranslationDestination,
  translator: Person | undefined,
  rules: TranslationRuleSet,
): CertificationKind {
  const accepts = rules.destinations[destination].accepts;
  if (translator?.translator?.association?.certified === true && accepts.includes('IRCC_CERTIFIED_MEMBER')) return 'IRCC_CERTIFIED_MEMBER';
  return accepts[0] ?? 'ID_DECLARATION';
}

function statementItem(c: Case, statement: Statement, choices: RequestChoices, rules: TranslationRuleSet) {
  const target = choices.targetLang ?? statement.translations[0]?.lang ?? c.matter.languageOfProceedings;
  if (!isTranslationLang(target))
    throw new DossierError('VALIDATION', 'A statement is translated into English or French.', [
      fieldIssue('targetLang', 'englishOrFrench'),
    ]);
  const existing = chosenTranslation(statement, target);
  if (!statement.paragraphs.some((p) => p.trim() !== '')) throw nothingToTranslate();
  const translatorId = choices.translatorId ?? existing?.translatorId;
  const translator = translatorId === undefined ? undefined : c.people.find((p) => p.id === translatorId && p.roles.includes('translator'));
  if (translatorId !== undefined && !translator)
    throw new DossierError('NOT_FOUND', 'That translator is not in the case’s registry.', [fieldIssue('translatorId', 'notFound')]);
  const destination = choices.destination ?? translationDestination(c, { translation: existing });
  const certification =
    choices.certification ?? existing?.certification ?? (destination ? defaultCertification(destination, translator, rules) : undefined);
  // The rules that would refuse the translation once it comes back refuse the request now, before anyone works on it.
  const planned: StatementView = {
    ...statement,
    translation: {
      lang: target,
      paragraphs: [],
      ...(translatorId === undefined ? {} : { translatorId }),
      ...(certification === undefined ? {} : { certification }),
      ...(destination === undefined ? {} : { destination }),
    },
  };
  const refusals = checkTranslation(c, planned, rules).filter((f) => f.effect === 'refuse');
  if (refusals.length > 0)
    throw new DossierError(
      'VALIDATION',
      refusals.map((f) => `${f.message} (${formatTranslationCitation(f.citation)})`).join(' '),
      refusals.map((f) => ({ path: f.field, message: f.message, code: `translation.${f.check}` })),
    );
  const paragraphs = numberedParagraphs(statement.paragraphs);
  const from = languageName(statement.lang, target);
  const dialect = statement.dialect?.trim() ? statement.dialect.trim() : undefined;
  const item: RequestItem = {
    itemId: statement.id,
    kind: 'statement',
    title: statement.title,
    sourceLang: statement.lang,
    ...(dialect === undefined ? {} : { dialect }),
    targetLang: target,
    ...(destination === undefined ? {} : { destination }),
    ...(certification === undefined ? {} : { certification }),
    paragraphs,
    sourceSha256: sourceHash(statement.lang, paragraphs),
    ...(certification === undefined
      ? {}
      : {
          declaration: {
            requires: [...rules.certifications[certification].requires],
            languageAndDialect: dialect === undefined ? from : `${from}; ${target === 'fr' ? 'dialecte : ' : 'dialect: '}${dialect}`,
            accuracyStatement: fill(rules.certifications[certification].accuracyStatement[target], from, languageName(target, target)),
          },
        }),
  };
  return { item, translator };
}

/** The client's hearing language, the usual target for a document sent to be read to them. */
function clientLanguage(c: Case): string | undefined {
  const skills = c.client.languages;
  return (skills.find((s) => s.preferredForHearing) ?? skills.find((s) => s.interpreterNeeded))?.lang;
}

function documentItem(c: Case, kind: DocumentKind, choices: RequestChoices, sources: RequestSources): RequestItem {
  const target = choices.targetLang ?? clientLanguage(c);
  if (target === undefined)
    throw new DossierError('VALIDATION', 'Choose the language to translate the document into.', [
      fieldIssue('targetLang', 'targetLangRequired'),
    ]);
  const doc = sources.documentText(kind);
  if (doc.paragraphs.length === 0) throw nothingToTranslate();
  const docLang: DocLang = doc.lang === 'fr' ? 'fr' : 'en';
  const from = languageName(doc.lang, docLang);
  const into = languageName(target, docLang);
  return {
    itemId: documentItemId(kind),
    kind: 'document',
    title: doc.title,
    sourceLang: doc.lang,
    targetLang: target,
    paragraphs: [...doc.paragraphs],
    sourceSha256: sourceHash(doc.lang, doc.paragraphs),
    declaration: {
      requires: ['translatorName', 'accuracyStatement', 'signature'],
      languageAndDialect: `${from} → ${into}`,
      accuracyStatement: fill(sources.rules.certifications.ID_DECLARATION.accuracyStatement[docLang], from, into),
    },
  };
}

/**
 * The request for one item: only what the interpreter needs — the text to translate with its
 * language and dialect, the target language, the destination and certification, the declaration
 * to fill, and the translator's own registry entry. Nothing else of the case.
 */
export function buildRequest(c: Case, itemId: string, choices: RequestChoices, sources: RequestSources): RequestContent {
  const ref = parseItemId(itemId);
  if (ref.kind === 'document') return { items: [documentItem(c, ref.document, choices, sources)] };
  const statement = c.statements.find((s) => s.id === ref.id);
  if (!statement) throw new DossierError('NOT_FOUND', 'That statement is not in the case.', [fieldIssue('itemId', 'notFound')]);
  const { item, translator } = statementItem(c, statement, choices, sources.rules);
  return { ...(translator ? { translator: translatorEntry(translator) } : {}), items: [item] };
}

import type { Case, CertificationKind, TranslationDestination } from '../../../src-main/core/model/case.ts';
import type { TranslationRuleSet } from '../../../src-main/core/rules/translation-rules.ts';
import type { StatementTranslation } from './model.ts';

/** Where a translation goes when it names no destination: the case's forum, when translations are filed there. */
export function defaultDestination(value: Pick<Case, 'matter'>): TranslationDestination | undefined {
  const forum = value.matter.forum;
  return forum === 'IRB-ID' || forum === 'IRB-RPD' || forum === 'IRCC' ? forum : undefined;
}

type Declaration = NonNullable<StatementTranslation['declaration']>;
type Affidavit = NonNullable<StatementTranslation['affidavit']>;
type CertifiedMember = NonNullable<StatementTranslation['certifiedMember']>;

export const emptyDeclaration: Declaration = { translatorName: '', languageAndDialect: '', accuracyStatement: '' };
export const emptyAffidavit: Affidavit = { commissionerName: '', commissionerTitle: '', place: '' };
export const emptyCertifiedMember: CertifiedMember = { association: '', memberNumber: '', stampText: '' };

/** Whether a part of the certification has anything in it; an empty part is dropped rather than stored. */
export function isBlank(value: object): boolean {
  return Object.values(value).every((v) => v === undefined || v === '' || v === false);
}

/** The certification a destination takes first (its declaration or affidavit), for wording a new declaration. */
export function usualCertification(destination: TranslationDestination | undefined, rules: TranslationRuleSet): CertificationKind {
  return destination === undefined ? 'ID_DECLARATION' : (rules.destinations[destination].accepts[0] ?? 'ID_DECLARATION');
}

/**
 * The statement of accuracy in the document's language, from the rule data's wording for the
 * certification: `{from}` and `{into}` become the languages' names (in that language).
 */
export function accuracyWording(
  rules: TranslationRuleSet,
  kind: CertificationKind,
  lang: 'en' | 'fr',
  names: { readonly from: string; readonly into: string },
): string {
  return rules.certifications[kind].accuracyStatement[lang].replaceAll('{from}', names.from).replaceAll('{into}', names.into);
}

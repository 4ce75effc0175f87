import type { translationIssues } from '../issues/rule-issues.ts';
import { z } from 'zod';
import {
  certificationKinds,
  translationDestinations,
  type Case,
  type CertificationKind,
  type Person,
  type TranslationDestination,
} from '../model/case.ts';
import { isoDateSchema } from '../model/dates.ts';
import type { StatementView } from '../model/translations.ts';
import { citationIn, citationSchema, type Citation } from './citation.ts';
import { findingRuleSchema, ruleRecordSchema } from './rule-record.ts';

/**
 * Who may translate and how a translation is certified, per destination, as versioned data
 * (templates/rules/translations.json): ID Rules r.25, RPD Rules r.32, IRCC's translation rules.
 */

/** The translation rules cite the ID and RPD Rules, the IRPR and IRCC's guides, with the shared citation shape. */
export const translationCitationSchema = citationSchema;
export type TranslationCitation = Citation;

export const translationChecks = [
  'translator-is-client',
  'translator-is-family',
  'translator-is-representative',
  'certification-not-accepted',
  'certification-missing',
  'dialect-missing',
  'certification-incomplete',
  'affidavit-not-needed',
  'member-not-certified',
  'translator-missing',
  'certified-copy-missing',
  'copy-certifier-is-family',
] as const;
export type TranslationCheck = (typeof translationChecks)[number];
/** Every check's wording in the issue catalog: this fails to compile when one has none. */
export type TranslationCheckWording = Pick<typeof translationIssues, `translation.${TranslationCheck}`>;

/** What a certification must show; `signature` is met by a signature image, exhibit or typed name. */
export const certificationFields = [
  'translatorName',
  'languageAndDialect',
  'dialect',
  'accuracyStatement',
  'signature',
  'commissionerName',
  'commissionerTitle',
  'place',
  'swornAt',
  'association',
  'memberNumber',
  'stampText',
] as const;
export type CertificationField = (typeof certificationFields)[number];

/** A certification is cited and versioned like a rule record; it is keyed by its kind, not an id. */
const certificationSchema = ruleRecordSchema.omit({ id: true }).extend({
  requires: z.array(z.enum(certificationFields)).min(1),
  /** Default wording in the document's language; `{from}` and `{into}` name the languages. */
  accuracyStatement: z.object({ en: z.string().min(1), fr: z.string().min(1) }),
});

export const translationRuleSchema = findingRuleSchema.extend({
  check: z.enum(translationChecks),
  destinations: z.array(z.enum(translationDestinations)).min(1),
  /** The certification kinds the rule is about (certification-not-accepted); all kinds when absent. */
  kinds: z.array(z.enum(certificationKinds)).optional(),
  /** `refuse`: the case will not save; `warn`: shown beside the translation; `note`: information only. */
  effect: z.enum(['refuse', 'warn', 'note']),
});
export type TranslationRule = z.infer<typeof translationRuleSchema>;

export const translationRuleSetSchema = z.object({
  schema: z.literal('dossier.translation-rules/1'),
  version: isoDateSchema,
  certifications: z.object(
    Object.fromEntries(certificationKinds.map((k) => [k, certificationSchema])) as Record<CertificationKind, typeof certificationSchema>,
  ),
  destinations: z.object(
    Object.fromEntries(
      translationDestinations.map((d) => [d, z.object({ accepts: z.array(z.enum(certificationKinds)).min(1) })]),
    ) as Record<TranslationDestination, z.ZodObject<{ accepts: z.ZodArray<z.ZodEnum<{ [K in CertificationKind]: K }>> }>>,
  ),
  rules: z.array(translationRuleSchema).min(1),
});
export type TranslationRuleSet = z.infer<typeof translationRuleSetSchema>;

export function parseTranslationRules(json: unknown): TranslationRuleSet {
  const set = translationRuleSetSchema.parse(json);
  const seen = new Set<string>();
  for (const rule of set.rules) {
    for (const destination of rule.destinations) {
      const key = `${rule.check}|${destination}|${(rule.kinds ?? certificationKinds).join(',')}`;
      if (seen.has(key)) throw new Error(`Two translation rules implement "${rule.check}" for ${destination}.`);
      seen.add(key);
    }
  }
  return set;
}

export interface TranslationFinding {
  readonly ruleId: string;
  readonly check: TranslationCheck;
  readonly effect: TranslationRule['effect'];
  /** Field path inside the statement, e.g. `translation.translatorId`. */
  readonly field: string;
  readonly message: string;
  readonly citation: TranslationCitation;
  readonly status: TranslationRule['status'];
  /** For certification-incomplete: what is missing. */
  readonly missing?: readonly CertificationField[];
}

export function formatTranslationCitation(c: TranslationCitation): string {
  return citationIn(c, 'en');
}

/** The destination a translation is certified for: its own, else the case's forum when that is one. */
export function translationDestination(
  c: Pick<Case, 'matter'>,
  statement: Pick<StatementView, 'translation'>,
): TranslationDestination | undefined {
  const own = statement.translation?.destination;
  if (own) return own;
  const forum = c.matter.forum;
  return (translationDestinations as readonly string[]).includes(forum) ? (forum as TranslationDestination) : undefined;
}

const filled = (s: string | undefined): boolean => s !== undefined && s.trim() !== '';

/** The dialect named anywhere it can be: the statement, the declaration, the translator's pair. */
function dialectOf(statement: StatementView, translator: Person | undefined): boolean {
  if (filled(statement.dialect)) return true;
  const primary = statement.lang.split('-')[0];
  const pair = translator?.translator?.pairs.find((p) => p.from === statement.lang || p.from.split('-')[0] === primary);
  return (pair?.dialects ?? []).some(filled);
}

/** What the chosen certification still lacks, field by field, in the rule data's order. */
export function missingCertificationFields(
  statement: StatementView,
  translator: Person | undefined,
  rules: TranslationRuleSet,
): CertificationField[] {
  const t = statement.translation;
  if (!t?.certification) return [];
  const d = t.declaration;
  const a = t.affidavit;
  const m = t.certifiedMember;
  const association = translator?.translator?.association;
  const has: Record<CertificationField, boolean> = {
    translatorName: filled(d?.translatorName),
    languageAndDialect: filled(d?.languageAndDialect),
    dialect: dialectOf(statement, translator),
    accuracyStatement: filled(d?.accuracyStatement),
    signature:
      d !== undefined &&
      (d.signatureImage !== undefined || d.signatureExhibitId !== undefined || filled(d.typedSignature)) &&
      d.signedAt !== undefined,
    commissionerName: filled(a?.commissionerName),
    commissionerTitle: filled(a?.commissionerTitle),
    place: filled(a?.place),
    swornAt: a?.swornAt !== undefined,
    association: filled(m?.association) || filled(association?.name),
    memberNumber: filled(m?.memberNumber) || filled(association?.memberNo),
    stampText: filled(m?.stampText) || filled(association?.stampText),
  };
  if (t.certification === 'IRCC_CERTIFIED_MEMBER') has.translatorName ||= translator !== undefined;
  return rules.certifications[t.certification].requires.filter((field) => !has[field]);
}

type Context = {
  statement: StatementView;
  translator: Person | undefined;
  destination: TranslationDestination;
  rules: TranslationRuleSet;
  people: readonly Person[];
};

const isFamily = (person: Person | undefined): boolean =>
  person !== undefined && (person.translator?.isFamilyOfClient === true || person.roles.includes('family'));

const tests: Record<TranslationCheck, { field: string; applies: (ctx: Context, rule: TranslationRule) => boolean }> = {
  'translator-is-client': { field: 'translation.translatorId', applies: ({ translator }) => translator?.translator?.isClient === true },
  'translator-is-family': { field: 'translation.translatorId', applies: ({ translator }) => isFamily(translator) },
  'translator-is-representative': {
    field: 'translation.translatorId',
    applies: ({ translator }) =>
      translator !== undefined && (translator.translator?.isRepresentative === true || translator.roles.includes('counsel')),
  },
  'certification-not-accepted': {
    field: 'translation.certification',
    applies: ({ statement, destination, rules }, rule) => {
      const kind = statement.translation?.certification;
      return (
        kind !== undefined && !rules.destinations[destination].accepts.includes(kind) && (rule.kinds ?? certificationKinds).includes(kind)
      );
    },
  },
  'certification-missing': {
    field: 'translation.certification',
    applies: ({ statement }) =>
      statement.translation?.certification === undefined && (statement.translation?.paragraphs.some(filled) ?? false),
  },
  'dialect-missing': { field: 'dialect', applies: ({ statement, translator }) => !dialectOf(statement, translator) },
  'certification-incomplete': {
    field: 'translation.declaration',
    applies: ({ statement, translator, rules }) => missingCertificationFields(statement, translator, rules).length > 0,
  },
  'affidavit-not-needed': {
    field: 'translation.certification',
    applies: ({ statement, translator }) =>
      translator?.translator?.association?.certified === true && statement.translation?.certification !== 'IRCC_CERTIFIED_MEMBER',
  },
  'member-not-certified': {
    field: 'translation.certification',
    applies: ({ statement, translator }) =>
      statement.translation?.certification === 'IRCC_CERTIFIED_MEMBER' && translator?.translator?.association?.certified !== true,
  },
  'translator-missing': { field: 'translation.translatorId', applies: ({ translator }) => translator === undefined },
  'certified-copy-missing': {
    field: 'translation.certifiedCopy',
    applies: ({ statement }) => {
      const copy = statement.translation?.certifiedCopy;
      const started = statement.translation?.paragraphs.some(filled) ?? false;
      return started && (statement.originalExhibitId === undefined || !filled(copy?.certifierName) || copy?.certifiedOn === undefined);
    },
  },
  'copy-certifier-is-family': {
    field: 'translation.certifiedCopy.certifierId',
    applies: ({ statement, people }) => {
      const id = statement.translation?.certifiedCopy?.certifierId;
      return id !== undefined && isFamily(people.find((p) => p.id === id));
    },
  },
};

/**
 * Every rule one statement's translation trips, in the order of the rule set. A statement
 * without a translation, or whose destination is not a translation destination, has none.
 */
export function checkTranslation(
  c: Pick<Case, 'matter' | 'people'>,
  statement: StatementView,
  rules: TranslationRuleSet,
): TranslationFinding[] {
  const translation = statement.translation;
  if (!translation) return [];
  const destination = translationDestination(c, statement);
  if (!destination) return [];
  const translator = translation.translatorId === undefined ? undefined : c.people.find((p) => p.id === translation.translatorId);
  const ctx: Context = { statement, translator, destination, rules, people: c.people };
  return rules.rules
    .filter((rule) => rule.destinations.includes(destination) && tests[rule.check].applies(ctx, rule))
    .map((rule) => {
      const missing = rule.check === 'certification-incomplete' ? missingCertificationFields(statement, translator, rules) : undefined;
      return {
        ruleId: rule.id,
        check: rule.check,
        effect: rule.effect,
        field: tests[rule.check].field,
        message: missing ? rule.message.replace('{missing}', missing.join(', ')) : rule.message,
        citation: rule.citation,
        status: rule.status,
        ...(missing ? { missing } : {}),
      };
    });
}

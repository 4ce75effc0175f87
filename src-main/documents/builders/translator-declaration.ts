import { DossierError } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import type { Case, CertificationKind, Person } from '../../core/model/case.ts';
import { defaultTranslationRules } from '../../core/rules/translation-rules-data.ts';
import { checkTranslation, formatTranslationCitation } from '../../core/rules/translation-rules.ts';
import type { DossierDocument } from '../model.ts';
import { evaluateTemplate } from '../templates/evaluate.ts';
import { caseData } from './case-data.ts';
import { word } from './detention-facts.ts';
import { partialDateText } from './format-date.ts';
import { languageName } from './language-names.ts';
import type { BuildInput } from './letter.ts';
import { pageFor } from './page.ts';
import { personName } from './person-name.ts';
import { hasSignatureImage, signatureImageBlocks, translationSignatureId } from './signature-image.ts';
import {
  certificationOf,
  chosenStatement,
  dialectOf,
  longDate,
  placementText,
  translatedStatement,
  translatorOf,
  type TranslatedStatement,
  type TranslationPlacement,
} from './statement-data.ts';
import { certificationFields } from './translation-fields.ts';
import { translationFieldPath } from '../../core/model/translations.ts';
import type { TranslationLang } from '../../core/model/case.ts';

/** The documents that certify a translation. */
export type CertificationDocumentKind = 'translator-declaration' | 'translator-affidavit' | 'translation-certificate';

export interface CertificationOptions {
  readonly statementId?: string | undefined;
  /** Which of the statement's translations it certifies; the first by default. */
  readonly translationLang?: TranslationLang | undefined;
  /** Inside a packet: where the translation landed and its hash. */
  readonly placement?: TranslationPlacement | undefined;
}

/** The rule a document of this kind meets: a declaration is the ID's unless the translation is for the RPD. */
function ruleOf(kind: CertificationDocumentKind, certification: CertificationKind): CertificationKind {
  if (kind === 'translator-affidavit') return 'IRCC_AFFIDAVIT';
  if (kind === 'translation-certificate') return 'IRCC_CERTIFIED_MEMBER';
  return certification === 'RPD_DECLARATION' ? 'RPD_DECLARATION' : 'ID_DECLARATION';
}

/**
 * A certification is never printed for a translation its destination refuses (IRCC: one made by
 * the client, a family member or the paid representative, or certified by a declaration alone),
 * with the rule cited, as the case itself refuses to save it.
 */
function refuseWhatTheDestinationRefuses(c: Case, statement: TranslatedStatement): void {
  const refused = checkTranslation(c, statement, defaultTranslationRules).filter((f) => f.effect === 'refuse');
  if (refused.length === 0) return;
  throw new DossierError(
    'VALIDATION',
    refused.map((f) => `${f.message} (${formatTranslationCitation(f.citation)})`).join(' '),
    refused.map((f) => ({
      path: `statements.${statement.id}.${translationFieldPath(f.field, statement.translations.indexOf(statement.translation))}`,
      message: f.message,
      code: `translation.${f.check}`,
    })),
  );
}

function requireTranslator(statement: TranslatedStatement, translator: Person | undefined): Person {
  if (translator) return translator;
  throw new DossierError('VALIDATION', 'Choose who translated the statement before printing its certification.', [
    fieldIssue(`statements.${statement.id}.translation.translatorId`, 'noTranslator'),
  ]);
}

/** Association, member number and stamp: those recorded on the translation, else the translator's own. */
function membership(statement: TranslatedStatement, translator: Person) {
  const own = translator.translator?.association;
  const recorded = statement.translation.certifiedMember;
  const pick = (a: string | undefined, b: string | undefined): string => (a !== undefined && a.trim() !== '' ? a.trim() : (b ?? '').trim());
  return {
    association: pick(recorded?.association, own?.name),
    memberNo: pick(recorded?.memberNumber, own?.memberNo),
    stamp: pick(recorded?.stampText, own?.stampText),
    certified: own?.certified === true || recorded !== undefined,
  };
}

/**
 * The document that certifies a translation, in the form its destination takes:
 * - `translator-declaration`: ID Rules r.25(3) (name, language, signed statement of accuracy);
 *   RPD Rules r.32(3) adds the dialect, and a missing dialect is an error before the RPD.
 * - `translator-affidavit`: IRCC's affidavit, sworn or affirmed before a commissioner (place,
 *   date and the commissioner's name in the jurat, or blank lines to fill in when swearing).
 * - `translation-certificate`: IRCC's certified-member certificate, with the association,
 *   member number and the stamp's wording; refused for a translator who is not a member.
 * Each names the translated document; inside a packet also the translation's tab, pages and the
 * SHA-256 the packet's manifest lists for it.
 */
export function buildCertification(
  kind: CertificationDocumentKind,
  input: BuildInput,
  options: CertificationOptions = {},
): DossierDocument {
  const c = input.case;
  const ast = input.templates(kind);
  const labels = ast.front.strings;
  const statement = translatedStatement(chosenStatement(c, options.statementId, options.translationLang));
  const translator = requireTranslator(statement, translatorOf(c, statement));
  refuseWhatTheDestinationRefuses(c, statement);
  const certification = certificationOf(c, statement, translator);
  const dialect = dialectOf(statement, translator);
  if (kind === 'translator-declaration' && certification === 'RPD_DECLARATION' && dialect === '')
    throw new DossierError(
      'VALIDATION',
      "The RPD requires the dialect on a translator's declaration (RPD Rules r.32(3)): add it to the statement or to the translator's language pair.",
      [fieldIssue(`statements.${statement.id}.dialect`, 'noDialect')],
    );
  const member = membership(statement, translator);
  if (kind === 'translation-certificate' && (!member.certified || member.association === '' || member.memberNo === ''))
    throw new DossierError(
      'VALIDATION',
      "A certified member's certificate needs a translator who is a certified member of a provincial or territorial translators' association, with the association and member number. Otherwise IRCC takes the translator's affidavit.",
      [fieldIssue(`people.${translator.id}.translator.association`, 'notCertifiedMember')],
    );
  const declaration = statement.translation.declaration;
  const affidavit = statement.translation.affidavit;
  const placement = options.placement;
  const signatureId = translationSignatureId(statement, statement.translation.lang);
  const contact = [...translator.phones, translator.translator?.email ?? ''].filter((s) => s.trim() !== '').join(', ');
  const { title, blocks } = evaluateTemplate(ast, {
    fields: certificationFields,
    data: {
      ...caseData(c, input.lang, input.today, labels),
      translator: {
        name: personName(translator),
        certified: member.certified,
        association: member.association,
        memberNo: member.memberNo,
        stamp: member.stamp,
        contact,
      },
      document: {
        title: statement.title,
        paragraphs: String(statement.paragraphs.length),
        ...(statement.dateWritten ? { date: partialDateText(statement.dateWritten) } : {}),
      },
      translation: placement
        ? { placed: true, title: placement.title, tab: placement.tab, where: placementText(placement, labels), sha256: placement.sha256 }
        : { placed: false },
      from: { language: languageName(statement.lang, input.lang), dialect: dialect === '' ? word(labels, 'noDialect') : dialect },
      into: { language: languageName(statement.translation.lang, input.lang) },
      rule: word(labels, `rule.${ruleOf(kind, certification)}`),
      accuracy: declaration?.accuracyStatement.trim() ?? '',
      signed: {
        date: longDate(declaration?.signedAt, input.lang),
        typed: declaration?.typedSignature?.trim() ?? '',
        image: hasSignatureImage(input.signatures, signatureId),
      },
      affidavit: {
        commissioner: affidavit?.commissionerName.trim() ?? '',
        commissionerTitle: affidavit?.commissionerTitle.trim() ?? '',
        place: affidavit?.place.trim() ?? '',
        date: longDate(affidavit?.swornAt, input.lang),
      },
    },
    partials: { 'signature-image': () => signatureImageBlocks(input.signatures, signatureId, personName(translator)) },
  });
  return { meta: { title, lang: input.lang }, page: pageFor(ast, input.lang), blocks };
}

/** The translator's declaration (ID Rules r.25(3); RPD Rules r.32(3) with the dialect). */
export function buildTranslatorDeclaration(input: BuildInput, statementId?: string, placement?: TranslationPlacement): DossierDocument {
  return buildCertification('translator-declaration', input, { statementId, placement });
}

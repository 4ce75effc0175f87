import type { FieldIssue } from '../../core/errors.ts';
import { applicationKindOfDocument } from '../../core/applications/application-documents.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import { applicationFrenchWarnings } from '../../core/lang/french-versions.ts';
import type { DossierDocument } from '../model.ts';
import type { DocLang } from './format-date.ts';
import { applyCaseWording, wordingTarget } from '../wording-edits.ts';
import { scriptHintsFromCase } from '../../core/lang/script-hints.ts';
import { caseNames, markNames } from '../mark-names.ts';
import { tagScripts } from '../tag-scripts.ts';
import { buildBondspersonDeclaration } from './bondsperson-declaration.ts';
import { buildClientPrepSheet } from './client-prep-sheet.ts';
import { caseAsNamedIn } from './document-audience.ts';
import type { DocumentKind } from './document-types.ts';
import { buildEarlyReviewApplication } from './early-review.ts';
import { buildHcFormsChecklist } from './hc-forms-checklist.ts';
import { buildHcLettersIndex } from './hc-letters-index.ts';
import { buildHcSubmission } from './hc-submission.ts';
import { buildInterpreterNotice } from './interpreter-notice.ts';
import { buildLetter, type BuildInput, type LetterContent } from './letter.ts';
import { buildPrivacyApplication } from './privacy-application.ts';
import { buildProofOfService } from './proof-of-service.ts';
import { buildRedactionLog } from './redaction-log.ts';
import { buildRuleApplication } from './rule-application.ts';
import { buildReleasePlan } from './release-plan.ts';
import { buildTimeline } from './timeline.ts';
import { buildInterpreterAttestation } from './interpreter-attestation.ts';
import { withMatterHeader } from './matter-header.ts';
import type { TranslationPlacement } from './statement-data.ts';
import type { TranslationLang } from '../../core/model/case.ts';
import { buildStatementBilingual, buildStatementTranscription, buildStatementTranslation } from './statement-documents.ts';
import { buildCertification } from './translator-declaration.ts';

export interface DocumentOptions {
  readonly letter?: LetterContent;
  /** Which statement a statement document or certification is for; the first translated one by default. */
  readonly statementId?: string;
  /** Which of the statement's translations a translation document or certification is for; the first by default. */
  readonly translationLang?: TranslationLang;
  /** Inside a packet: where a certification's translation landed, and its hash. */
  readonly placement?: TranslationPlacement;
  /** Whose bondsperson declaration; the first bondsperson not rejected by default. */
  readonly personId?: string;
  /** The hearing the release plan, interpreter notice or prep sheet is for; the next one by default. */
  readonly hearingId?: string;
  /** Which ID Rules application an application document is for; the case's first of its kind by default. */
  readonly applicationId?: string;
  /** One service record for the statement of service; every record by default. */
  readonly serviceId?: string;
  /** The chronology: only events marked for filing (the default), or every event for counsel's copy. */
  readonly filingOnly?: boolean;
  /** The exhibit a redaction log is for; every redacted exhibit by default. */
  readonly exhibitId?: string;
  /** False: the template's wording alone, without the paragraphs this case rewords (the wording editor lists them from it). */
  readonly wording?: boolean;
}

function build(kind: DocumentKind, input: BuildInput, options: DocumentOptions): DossierDocument {
  switch (kind) {
    case 'letter':
      return buildLetter(input, options.letter);
    case 'timeline':
      return buildTimeline(input, options.filingOnly === undefined ? {} : { filingOnly: options.filingOnly });
    case 'translator-declaration':
    case 'translator-affidavit':
    case 'translation-certificate':
      return buildCertification(kind, input, {
        statementId: options.statementId,
        translationLang: options.translationLang,
        placement: options.placement,
      });
    case 'statement-bilingual':
      return buildStatementBilingual(input, options.statementId, options.translationLang);
    case 'statement-translation':
      return buildStatementTranslation(input, options.statementId, options.translationLang);
    case 'statement-transcription':
      return buildStatementTranscription(input, options.statementId);
    case 'interpreter-attestation':
      return buildInterpreterAttestation(input, options.statementId);
    case 'release-plan':
      return buildReleasePlan(input, options.hearingId);
    case 'bondsperson-declaration':
      return buildBondspersonDeclaration(input, options.personId);
    case 'early-review-application':
      return buildEarlyReviewApplication(input, options.applicationId);
    case 'interpreter-notice':
      return buildInterpreterNotice(input, options.hearingId, options.applicationId);
    case 'proof-of-service':
      return buildProofOfService(input, options.serviceId);
    case 'client-prep-sheet':
      return buildClientPrepSheet(input, options.hearingId);
    case 'privacy-application':
      return buildPrivacyApplication(input, options.applicationId);
    case 'documents-application':
    case 'witnesses-application':
    case 'summons-application':
    case 'change-date-application':
      return buildRuleApplication(kind, input, options.applicationId);
    case 'hc-submission':
      return buildHcSubmission(input);
    case 'hc-letters-index':
      return buildHcLettersIndex(input);
    case 'hc-forms-checklist':
      return buildHcFormsChecklist(input);
    case 'redaction-log':
      return buildRedactionLog(input, options.exhibitId);
  }
}

/**
 * One entry point for every generated document type. A possibly-public document names the
 * client by their pseudonym when one is set (`caseAsNamedIn`), so every builder, title and
 * signature block gets it without knowing. The case's own wording of its paragraphs is
 * applied next (`applyCaseWording`), with a warning for each edit the document no longer
 * matches. Every mention of a person of the case is kept unbroken (`markNames`), and client text
 * in another script leaves here in its own language (`tagScripts`), so the preview, the PDF and
 * the DOCX all get both.
 */
export function buildDocumentChecked(
  kind: DocumentKind,
  input: BuildInput,
  options: DocumentOptions = {},
): { doc: DossierDocument; warnings: FieldIssue[] } {
  const original = input.case;
  input = { ...input, case: caseAsNamedIn(kind, input.case) };
  // Names are marked before the case's wording is applied as well as after: marking can change the
  // text (a name ending in a full stop takes the sentence's stop), and an edit names a paragraph
  // by the text the advocate was shown, which is the finished one.
  const names = caseNames(input.case);
  const built = markNames(build(kind, input, options), names);
  if (options.wording === false) return { doc: finish(built, input, original), warnings: [] };
  // In a packet (exhibits cited by tab and page, a certification naming where its translation
  // landed), edits still find the paragraphs they name by the document as it reads on its own.
  const { exhibitRefs, ...alone } = input;
  const { placement, ...standalone } = options;
  const inPacket = exhibitRefs !== undefined || placement !== undefined;
  const twin = inPacket && hasWording(input.case, kind, input.lang) ? markNames(build(kind, alone, standalone), names) : undefined;
  const worded = applyCaseWording(built, input.case, kind, input.lang, wordingTarget(kind, options), twin);
  return {
    doc: finish(worded.doc, input, original),
    warnings: [...worded.warnings, ...frenchWarnings(kind, input, options.applicationId)],
  };
}

/**
 * In a French filing, counsel's paragraphs of the application the document files print as typed
 * (they have no French version): said, never silent. The interpreter notice prints none of them.
 */
function frenchWarnings(kind: DocumentKind, input: BuildInput, applicationId: string | undefined): FieldIssue[] {
  const appKind = applicationKindOfDocument(kind);
  if (appKind === undefined || appKind === 'interpreter') return [];
  const picked = applicationId ?? (input.case.detention.applications ?? []).find((a) => a.kind === appKind && a.status !== 'withdrawn')?.id;
  return applicationFrenchWarnings(input.case, input.lang, (a) => a.id === picked).map(({ code, path, params }) =>
    fieldIssue(path, code, params),
  );
}

/**
 * The matter's header, names kept unbroken and client text in its own language, for every output.
 * `input.case` is the case as named in this document; the script hints come from the real case.
 */
function finish(doc: DossierDocument, input: BuildInput, original: BuildInput['case']): DossierDocument {
  const headed = withMatterHeader(doc, input.case, input.lang);
  return tagScripts(markNames(headed, caseNames(input.case)), scriptHintsFromCase(original));
}

/** Whether the case rewords any document of this kind and language (else nothing is built twice). */
function hasWording(c: BuildInput['case'], kind: DocumentKind, lang: DocLang): boolean {
  return (c.wordingEdits ?? []).some((w) => w.kind === kind && w.lang === lang);
}

/** The document alone (`buildDocumentChecked` without its warnings). */
export function buildDocument(kind: DocumentKind, input: BuildInput, options: DocumentOptions = {}): DossierDocument {
  return buildDocumentChecked(kind, input, options).doc;
}

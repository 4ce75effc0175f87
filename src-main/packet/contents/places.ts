import { applicationDocumentKind, type ApplicationDocumentKind } from '../../core/applications/application-documents.ts';
import type { Case, TranslationLang } from '../../core/model/case.ts';
import { viewOf } from '../../core/model/translations.ts';
import { certificationDocument, certificationOf, translatorOf } from '../../documents/builders/statement-data.ts';
import type { DocumentKind } from '../../documents/builders/document-types.ts';
import type { PacketDocumentKind } from '../plan/presets.ts';

/** The document-engine kinds a packet places. */
export type PlacedKind = Extract<
  DocumentKind,
  | 'letter'
  | 'timeline'
  | 'release-plan'
  | 'bondsperson-declaration'
  | 'proof-of-service'
  | 'statement-bilingual'
  | 'statement-translation'
  | 'statement-transcription'
  | 'translator-declaration'
  | 'translator-affidavit'
  | 'translation-certificate'
  | 'interpreter-attestation'
  | 'hc-submission'
  | 'hc-letters-index'
  | ApplicationDocumentKind
>;

export const generatedKey = (name: string): string => `generated:${name}`;
/** The letters-of-support index: it opens the letters' portal slot. */
export const HC_LETTERS_INDEX_KEY = generatedKey('hc-letters-index');

/** A translation's key part: the statement id for its first translation, with `:<lang>` for the others. */
const translationKey = (statementId: string, index: number, lang: string): string => (index === 0 ? statementId : `${statementId}:${lang}`);

/**
 * Each translated statement as one tab. When its original is an imported exhibit in the packet,
 * that exhibit is the tab; otherwise the side-by-side statement (the original typed in Dossier
 * beside its first translation) is the tab. Its parts follow as sub-tabs (12a, 12b…), in a fixed
 * order: the typed transcription of a handwritten original; then each translation in the
 * statement's order, its paragraphs numbered as the original's (the first one is the
 * side-by-side tab itself when no original is imported), each followed by the certification its
 * destination takes; then, when a read-back is on record, the interpreter's attestation. Each
 * certification names the document it certifies (`certifies`), so it prints that document's
 * pages and hash, its own translator and its own language once the packet knows them. A
 * statement with a transcription and no translation files the transcription after its imported
 * original.
 */
export function translatedStatementPlaces(value: Case, importedExhibits: ReadonlySet<string>): PacketDocumentPlace[] {
  return value.statements.flatMap((statement): PacketDocumentPlace[] => {
    const original = statement.originalExhibitId;
    const imported = original !== undefined && importedExhibits.has(original);
    if (statement.translations.length === 0 && !(imported && statement.transcription !== undefined)) return [];
    const tab = imported ? original : generatedKey(`statement:${statement.id}`);
    const transcription: PacketDocumentPlace[] =
      statement.transcription === undefined
        ? []
        : [{ key: generatedKey(`transcription:${statement.id}`), kind: 'statement-transcription', statementId: statement.id, partOf: tab }];
    const translations = statement.translations.flatMap((translation, index): PacketDocumentPlace[] => {
      const key = translationKey(statement.id, index, translation.lang);
      const translated: PacketDocumentPlace =
        !imported && index === 0
          ? { key: tab, kind: 'statement-bilingual', statementId: statement.id, translationLang: translation.lang }
          : {
              key: generatedKey(`translation:${key}`),
              kind: 'statement-translation',
              statementId: statement.id,
              translationLang: translation.lang,
              partOf: tab,
            };
      const view = viewOf(statement, translation.lang);
      const certification = certificationDocument[certificationOf(value, view, translatorOf(value, view))];
      return [
        translated,
        {
          key: generatedKey(`declaration:${key}`),
          kind: certification,
          statementId: statement.id,
          translationLang: translation.lang,
          partOf: tab,
          certifies: translated.key,
        },
      ];
    });
    const attestation: PacketDocumentPlace[] =
      statement.readBack === undefined
        ? []
        : [{ key: generatedKey(`attestation:${statement.id}`), kind: 'interpreter-attestation', statementId: statement.id, partOf: tab }];
    // The side-by-side statement is the tab: it comes first, its sub-tabs after it.
    const [first, ...rest] = translations;
    return imported || first === undefined
      ? [...transcription, ...translations, ...attestation]
      : [first, ...transcription, ...rest, ...attestation];
  });
}

/** Where a generated document goes, decided before it is built or printed. */
export interface PacketDocumentPlace {
  readonly key: string;
  readonly kind: PlacedKind;
  /** The statement a statement document, certification or attestation is for. */
  readonly statementId?: string;
  /** Which of the statement's translations a translation document or certification is for. */
  readonly translationLang?: TranslationLang;
  /** A certification: the key of the translation (or side-by-side statement) it certifies. */
  readonly certifies?: string;
  /** The bondsperson a declaration is for. */
  readonly personId?: string;
  /** The ID Rules application an application document files. */
  readonly applicationId?: string;
  readonly partOf?: string;
  readonly front?: boolean;
  readonly back?: boolean;
}

function placesFor(kind: PacketDocumentKind, value: Case, importedExhibits: ReadonlySet<string>): PacketDocumentPlace[] {
  switch (kind) {
    case 'cover-letter':
      return [{ key: generatedKey('cover-letter'), kind: 'letter', front: true }];
    case 'release-plan':
      return [{ key: generatedKey('release-plan'), kind: 'release-plan' }];
    case 'bondsperson-declarations':
      return value.people
        .filter((p) => p.bondsperson !== undefined && p.bondsperson.determination !== 'rejected')
        .map((p) => ({ key: generatedKey(`bondsperson:${p.id}`), kind: 'bondsperson-declaration', personId: p.id }));
    case 'chronology':
      return [{ key: generatedKey('chronology'), kind: 'timeline' }];
    case 'proof-of-service':
      return value.detention.service.length === 0 ? [] : [{ key: generatedKey('proof-of-service'), kind: 'proof-of-service', back: true }];
    case 'applications':
      return (value.detention.applications ?? [])
        .filter((a) => a.status === 'draft')
        .map((a) => ({ key: generatedKey(`application:${a.id}`), kind: applicationDocumentKind[a.kind], applicationId: a.id }));
    case 'translated-statements':
      return translatedStatementPlaces(value, importedExhibits);
    case 'hc-submission':
      return [{ key: generatedKey('hc-submission'), kind: 'hc-submission', front: true }];
    case 'hc-letters-index':
      return value.hc.letters.length === 0 ? [] : [{ key: HC_LETTERS_INDEX_KEY, kind: 'hc-letters-index' }];
  }
}

/**
 * The generated documents of a packet, in the preset's order: the cover letter before the list
 * of documents, the submissions and declarations as the first tabs, the statement of service
 * after the exhibits. A translator's declaration joins its statement's original exhibit as a
 * sub-tab when that exhibit is in the packet; otherwise it gets a tab of its own. Nothing is
 * built here, so the preview places documents exactly as the build does.
 */
export function packetDocumentPlaces(
  kinds: readonly PacketDocumentKind[],
  value: Case,
  importedExhibits: ReadonlySet<string>,
): PacketDocumentPlace[] {
  return kinds.flatMap((kind) => placesFor(kind, value, importedExhibits));
}

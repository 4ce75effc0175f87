import { applicationDocumentKind, type ApplicationDocumentKind } from '../../core/applications/application-documents.ts';
import type { Case } from '../../core/model/case.ts';
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

/**
 * Each translated statement as one tab. When its original is an imported exhibit in the packet,
 * that exhibit is the tab, and the translation (its paragraphs numbered as the original's), the
 * certification its destination takes and, when a read-back is on record, the interpreter's
 * attestation join it as sub-tabs (12a, 12b, 12c). Otherwise the side-by-side statement (the
 * original typed in Dossier beside its translation) is the tab, with the certification and the
 * attestation as its sub-tabs. The certification names the sub-tab it certifies (`certifies`),
 * so it prints that document's pages and hash once the packet knows them.
 */
export function translatedStatementPlaces(value: Case, importedExhibits: ReadonlySet<string>): PacketDocumentPlace[] {
  return value.statements.flatMap((statement): PacketDocumentPlace[] => {
    if (statement.translation === undefined) return [];
    const original = statement.originalExhibitId;
    const imported = original !== undefined && importedExhibits.has(original);
    const translated: PacketDocumentPlace = imported
      ? { key: generatedKey(`translation:${statement.id}`), kind: 'statement-translation', statementId: statement.id, partOf: original }
      : { key: generatedKey(`statement:${statement.id}`), kind: 'statement-bilingual', statementId: statement.id };
    const tab = imported ? original : translated.key;
    const certification = certificationDocument[certificationOf(value, statement, translatorOf(value, statement))];
    return [
      translated,
      {
        key: generatedKey(`declaration:${statement.id}`),
        kind: certification,
        statementId: statement.id,
        partOf: tab,
        certifies: translated.key,
      },
      ...(statement.readBack === undefined
        ? []
        : [
            {
              key: generatedKey(`attestation:${statement.id}`),
              kind: 'interpreter-attestation' as const,
              statementId: statement.id,
              partOf: tab,
            },
          ]),
    ];
  });
}

/** Where a generated document goes, decided before it is built or printed. */
export interface PacketDocumentPlace {
  readonly key: string;
  readonly kind: PlacedKind;
  /** The statement a statement document, certification or attestation is for. */
  readonly statementId?: string;
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

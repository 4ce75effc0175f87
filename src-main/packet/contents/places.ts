import type { Case } from '../../core/model/case.ts';
import {
  certificationDocument,
  certificationOf,
  translatorOf,
  type TranslationPlacement,
} from '../../documents/builders/statement-data.ts';
import type { PlacedDocuments } from '../request.ts';
import type { PacketDocumentPlace } from './generated.ts';

const key = (name: string): string => `generated:${name}`;

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
      ? { key: key(`translation:${statement.id}`), kind: 'statement-translation', statementId: statement.id, partOf: original }
      : { key: key(`statement:${statement.id}`), kind: 'statement-bilingual', statementId: statement.id };
    const tab = imported ? original : translated.key;
    const certification = certificationDocument[certificationOf(value, statement, translatorOf(value, statement))];
    return [
      translated,
      { key: key(`declaration:${statement.id}`), kind: certification, statementId: statement.id, partOf: tab, certifies: translated.key },
      ...(statement.readBack === undefined
        ? []
        : [{ key: key(`attestation:${statement.id}`), kind: 'interpreter-attestation' as const, statementId: statement.id, partOf: tab }]),
    ];
  });
}

/** Where the document a certification certifies landed, once the packet is planned. */
export function placementOf(certifies: string, placed: PlacedDocuments): TranslationPlacement | undefined {
  const found = placed.get(certifies);
  return found === undefined
    ? undefined
    : { tab: found.tab, firstLabel: found.firstLabel, lastLabel: found.lastLabel, title: found.title, sha256: found.sha256 };
}

import type { Case } from '../core/model/case.ts';
import { buildDocument } from '../documents/builders/build-document.ts';
import { CounselProfileMissingError, requireCounsel, type CounselProfile } from '../documents/builders/counsel-profile.ts';
import type { DocLang } from '../documents/builders/format-date.ts';
import type { TemplateSet } from '../documents/builders/template-set.ts';
import type { DossierDocument } from '../documents/model.ts';
import { DossierError } from '../core/errors.ts';
import { packetWords } from './generated-words.ts';
import type { PacketDocumentKind } from './presets.ts';

/** A generated document placed in a packet, before printing. */
export interface PacketDocument {
  /** Source key in the packet: never an exhibit id. */
  readonly key: string;
  readonly kind: 'letter' | 'timeline' | 'translator-declaration';
  /** Its title in the list of documents and the outline. */
  readonly title: string;
  readonly date?: string;
  /** The imported exhibit whose tab it joins as a sub-tab (a declaration after its statement). */
  readonly partOf?: string;
  /** Before the list of documents, without a tab number (the cover letter). */
  readonly front?: boolean;
  /** The document as it stands alone, running footer included (DOCX on request). */
  readonly doc: DossierDocument;
}

export interface PacketDocumentInput {
  readonly case: Case;
  readonly counsel: CounselProfile | undefined;
  readonly lang: DocLang;
  readonly today: string;
  readonly templates: TemplateSet;
}

export const generatedKey = (name: string): string => `generated:${name}`;

/**
 * The counsel profile every packet's cover letter is printed on. Checked before anything is
 * printed or written, with the place to fill it in.
 */
export function packetCounsel(profile: CounselProfile | undefined): CounselProfile {
  try {
    return requireCounsel(profile);
  } catch (error) {
    if (!(error instanceof CounselProfileMissingError)) throw error;
    throw new DossierError(
      'VALIDATION',
      "The packet's cover letter needs your counsel profile. Fill in Settings → Counsel profile (name, firm or clinic, address) and build again. Nothing was written.",
      error.issues,
    );
  }
}

/** Where a generated document goes, decided before it is built or printed. */
export interface PacketDocumentPlace {
  readonly key: string;
  readonly kind: PacketDocument['kind'];
  /** The translated statement a declaration is for. */
  readonly statementId?: string;
  readonly partOf?: string;
  readonly front?: boolean;
}

/**
 * The generated documents that open a packet, in the preset's order: the cover letter before
 * the list of documents, the others as the first tabs. A translator's declaration
 * joins its statement's original exhibit as a sub-tab when that exhibit is in the packet;
 * otherwise it gets a tab of its own after the chronology. Nothing is built here, so the
 * preview places documents exactly as the build does.
 */
export function packetDocumentPlaces(
  kinds: readonly PacketDocumentKind[],
  value: Case,
  importedExhibits: ReadonlySet<string>,
): PacketDocumentPlace[] {
  const out: PacketDocumentPlace[] = [];
  for (const kind of kinds) {
    if (kind === 'cover-letter') out.push({ key: generatedKey('cover-letter'), kind: 'letter', front: true });
    else if (kind === 'chronology') out.push({ key: generatedKey('chronology'), kind: 'timeline' });
    else {
      for (const statement of value.statements) {
        if (statement.translation === undefined) continue;
        const original = statement.originalExhibitId;
        out.push({
          key: generatedKey(`declaration:${statement.id}`),
          kind: 'translator-declaration',
          statementId: statement.id,
          ...(original !== undefined && importedExhibits.has(original) ? { partOf: original } : {}),
        });
      }
    }
  }
  return out;
}

/** The generated documents of a packet, built (not printed) where `packetDocumentPlaces` puts them. */
export function packetDocuments(
  kinds: readonly PacketDocumentKind[],
  input: PacketDocumentInput,
  importedExhibits: ReadonlySet<string>,
): PacketDocument[] {
  const build = { ...input, counsel: packetCounsel(input.counsel) };
  return packetDocumentPlaces(kinds, input.case, importedExhibits).map((place): PacketDocument => {
    const { statementId, ...placed } = place;
    if (place.kind === 'letter')
      return { ...placed, title: packetWords[input.lang].coverLetter, date: input.today, doc: buildDocument('letter', build) };
    const doc =
      place.kind === 'timeline'
        ? buildDocument('timeline', build)
        : buildDocument('translator-declaration', build, statementId === undefined ? {} : { statementId });
    return { ...placed, title: doc.meta.title, doc };
  });
}

/** The document as a packet prints it: no running header or footer, the packet stamps its own numbers. */
export function forPacket(doc: DossierDocument): DossierDocument {
  return { ...doc, page: { size: doc.page.size, margins: doc.page.margins } };
}

import type { Case } from '../../core/model/case.ts';
import { buildDocument } from '../../documents/builders/build-document.ts';
import type { SignatureImages } from '../../documents/builders/signature-image.ts';
import { CounselProfileMissingError, requireCounsel, type CounselProfile } from '../../documents/builders/counsel-profile.ts';
import type { DocLang } from '../../documents/builders/format-date.ts';
import type { TemplateSet } from '../../documents/builders/template-set.ts';
import type { DossierDocument } from '../../documents/model.ts';
import { DossierError } from '../../core/errors.ts';
import { packetWords } from './words.ts';
import type { DocumentKind } from '../../documents/builders/document-types.ts';
import type { ExhibitRefs } from '../../documents/builders/exhibit-cite.ts';
import type { PlacedDocuments } from '../request.ts';
import type { PacketDocumentKind } from '../plan/presets.ts';
import { placementOf, translatedStatementPlaces } from './translations.ts';

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
>;

/** A generated document placed in a packet, before printing. */
export interface PacketDocument {
  /** Source key in the packet: never an exhibit id. */
  readonly key: string;
  readonly kind: PlacedKind;
  /** Its title in the list of documents and the outline. */
  readonly title: string;
  readonly date?: string;
  /** The imported exhibit whose tab it joins as a sub-tab (a declaration after its statement). */
  readonly partOf?: string;
  /** Before the list of documents, without a tab number (the cover letter). */
  readonly front?: boolean;
  /** After the exhibits (the statement of service). */
  readonly back?: boolean;
  /** The document as it stands alone, running footer included (DOCX on request). */
  readonly doc: DossierDocument;
  /**
   * The same document citing exhibits by their tab and page in the packet, when it cites any, or
   * naming the pages and hash of the translation it certifies.
   */
  readonly cited?: (refs: ExhibitRefs, placed: PlacedDocuments) => DossierDocument;
  /** A certification: the key of the document it certifies. */
  readonly certifies?: string;
}

export interface PacketDocumentInput {
  readonly case: Case;
  /** Counsel's profile, checked once by the build (`packetCounsel`). */
  readonly counsel: CounselProfile;
  readonly lang: DocLang;
  readonly today: string;
  readonly templates: TemplateSet;
  /** Signature images read before the build; a signature left out prints typed. */
  readonly signatures?: SignatureImages;
}

export const generatedKey = (name: string): string => `generated:${name}`;
/** The letters-of-support index: it opens the letters' portal slot. */
export const HC_LETTERS_INDEX_KEY = generatedKey('hc-letters-index');

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
  /** The statement a statement document, certification or attestation is for. */
  readonly statementId?: string;
  /** A certification: the key of the translation (or side-by-side statement) it certifies. */
  readonly certifies?: string;
  /** The bondsperson a declaration is for. */
  readonly personId?: string;
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

/** Kinds whose text cites exhibits, and so are printed again once the packet knows their pages. */
const citing: ReadonlySet<PlacedKind> = new Set(['release-plan', 'timeline', 'hc-submission', 'hc-letters-index']);

/** The generated documents of a packet, built (not printed) where `packetDocumentPlaces` puts them. */
export function packetDocuments(
  kinds: readonly PacketDocumentKind[],
  input: PacketDocumentInput,
  importedExhibits: ReadonlySet<string>,
): PacketDocument[] {
  const build = input;
  return packetDocumentPlaces(kinds, input.case, importedExhibits).map((place): PacketDocument => {
    const { statementId, personId, certifies, ...placed } = place;
    if (place.kind === 'letter')
      return { ...placed, title: packetWords[input.lang].coverLetter, date: input.today, doc: buildDocument('letter', build) };
    const options = {
      ...(statementId === undefined ? {} : { statementId }),
      ...(personId === undefined ? {} : { personId }),
    };
    const doc = buildDocument(place.kind, build, options);
    const cited =
      certifies !== undefined
        ? (_refs: ExhibitRefs, placed: PlacedDocuments) => {
            const placement = placementOf(certifies, placed);
            return buildDocument(place.kind, build, { ...options, ...(placement ? { placement } : {}) });
          }
        : citing.has(place.kind)
          ? (refs: ExhibitRefs) => buildDocument(place.kind, { ...build, exhibitRefs: refs }, options)
          : undefined;
    return { ...placed, title: doc.meta.title, doc, ...(cited ? { cited } : {}), ...(certifies === undefined ? {} : { certifies }) };
  });
}

/** The document as a packet prints it: no running header or footer, the packet stamps its own numbers. */
export function forPacket(doc: DossierDocument): DossierDocument {
  return { ...doc, page: { size: doc.page.size, margins: doc.page.margins } };
}

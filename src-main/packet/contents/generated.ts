import type { Case } from '../../core/model/case.ts';
import { buildDocumentChecked, type DocumentOptions } from '../../documents/builders/build-document.ts';
import type { FieldIssue } from '../../core/errors.ts';
import type { BuildInput } from '../../documents/builders/letter.ts';
import type { SignatureImages } from '../../documents/builders/signature-image.ts';
import { CounselProfileMissingError, requireCounsel, type CounselProfile } from '../../documents/builders/counsel-profile.ts';
import { formatLongDate, type DocLang } from '../../documents/builders/format-date.ts';
import type { TemplateSet } from '../../documents/builders/template-set.ts';
import type { DossierDocument } from '../../documents/model.ts';
import { DossierError } from '../../core/errors.ts';
import { packetWords } from './words.ts';
import type { ExhibitRefs } from '../../documents/builders/exhibit-cite.ts';
import type { PlacedDocuments } from '../request.ts';
import type { PacketDocumentKind } from '../plan/presets.ts';
import type { TranslationPlacement } from '../../documents/builders/statement-data.ts';
import { packetDocumentPlaces, type PlacedKind } from './places.ts';

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
  /** Told of each edited paragraph a document built for the packet no longer matches (`applyCaseWording`). */
  readonly warn?: (issues: readonly FieldIssue[]) => void;
}

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

/** Kinds whose text cites exhibits, and so are printed again once the packet knows their pages. */
const citing: ReadonlySet<PlacedKind> = new Set(['release-plan', 'timeline', 'hc-submission', 'hc-letters-index']);

/** The generated documents of a packet, built (not printed) where `packetDocumentPlaces` puts them. */
export function packetDocuments(
  kinds: readonly PacketDocumentKind[],
  input: PacketDocumentInput,
  importedExhibits: ReadonlySet<string>,
): PacketDocument[] {
  const { warn, ...build } = input;
  const buildDocument = (kind: PlacedKind, from: BuildInput, options: DocumentOptions = {}) => {
    const { doc, warnings } = buildDocumentChecked(kind, from, options);
    if (warnings.length > 0) warn?.(warnings);
    return doc;
  };
  return packetDocumentPlaces(kinds, input.case, importedExhibits).map((place): PacketDocument => {
    const { statementId, translationLang, personId, applicationId, certifies, ...placed } = place;
    if (place.kind === 'letter')
      return {
        ...placed,
        title: packetWords[input.lang].coverLetter,
        date: formatLongDate(input.today, input.lang),
        doc: buildDocument('letter', build),
      };
    const options = {
      ...(statementId === undefined ? {} : { statementId }),
      ...(translationLang === undefined ? {} : { translationLang }),
      ...(personId === undefined ? {} : { personId }),
      ...(applicationId === undefined ? {} : { applicationId }),
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

/** The document as a packet prints it: the running header naming the file kept, no footer (the packet stamps its own numbers). */
export function forPacket(doc: DossierDocument): DossierDocument {
  return { ...doc, page: { size: doc.page.size, margins: doc.page.margins, ...(doc.page.header ? { header: doc.page.header } : {}) } };
}

/** Where the document a certification certifies landed, once the packet is planned. */
export function placementOf(certifies: string, placed: PlacedDocuments): TranslationPlacement | undefined {
  const found = placed.get(certifies);
  return found === undefined
    ? undefined
    : { tab: found.tab, firstLabel: found.firstLabel, lastLabel: found.lastLabel, title: found.title, sha256: found.sha256 };
}

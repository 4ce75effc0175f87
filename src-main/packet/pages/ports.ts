import type { DossierDocument } from '../../documents/model.ts';
import type { ImageResolver } from '../../render/html/blocks.ts';
import type { LabelStyle } from '../plan/labels.ts';
import type { PlannedEntry } from '../plan/plan.ts';

/**
 * The packet's generated pages (list of documents, volume covers) hold client titles in any
 * script, so they are laid out by the document engine (HTML printed by Chromium), never by
 * pdf-lib. The assembler only knows these functions; the engine adapter implements them
 * and tests may inject simpler ones.
 */
export interface GeneratedPageOptions {
  /** Language of the proceedings: headings and column names. */
  readonly lang: 'en' | 'fr';
  /** Lines above the list, e.g. the tribunal file number and the client's name for filing. */
  readonly headerLines: readonly string[];
  readonly labelStyle: LabelStyle;
  readonly volumes: number;
  /** What the list calls its parts: volumes, or the files of a packet split by portal slot. */
  readonly volumeWord?: 'volume' | 'file';
}

/**
 * Entry `i` must link to `entryLink(i)` (link-uri.ts); the assembler turns those links into
 * page destinations.
 */
export type RenderListOfDocuments = (entries: readonly PlannedEntry[], options: GeneratedPageOptions) => Promise<Uint8Array>;

export interface VolumeContents {
  readonly volume: number;
  readonly firstLabel: string;
  readonly lastLabel: string;
  readonly entries: readonly PlannedEntry[];
}

export interface CoverContent {
  readonly volume: number;
  readonly volumes: readonly VolumeContents[];
}

export type RenderVolumeCover = (cover: CoverContent, options: GeneratedPageOptions) => Promise<Uint8Array>;

/**
 * A generated document that opens the packet (cover letter, chronology, translator's
 * declaration), printed by the same printer as the list of documents, after the coverage
 * pre-flight. `images` resolves the signature images it draws (see signature-images.ts).
 */
export type RenderDocument = (doc: DossierDocument, images?: ImageResolver) => Promise<Uint8Array>;

export interface PacketRenderers {
  readonly listOfDocuments: RenderListOfDocuments;
  readonly volumeCover: RenderVolumeCover;
  readonly renderDocument: RenderDocument;
}

import type { DossierDocument } from '../documents/model.ts';
import type { ImageResolver } from '../render/html/blocks.ts';
import type { ImageLimits } from '../exhibits/image-pages.ts';
import type { PacketOptions } from './plan/plan.ts';
import type { ProgressListener } from './progress.ts';
import type { PacketRenderers } from './pages/ports.ts';
import type { SourceCache } from './contents/source-cache.ts';
import type { VolumeCaps } from './plan/volumes.ts';

/** A document to place in the packet, in order. */
export type PacketSource =
  | {
      readonly kind: 'exhibit';
      readonly exhibitId: string;
      readonly title: string;
      readonly date?: string;
      readonly author?: string;
      /** Joins that exhibit's tab as a sub-tab (translation, declaration). */
      readonly partOf?: string;
      /** SHA-256 of the untouched original, the cache key. */
      readonly sha256: string;
      /** The file (portal slot) its tab goes to, when the packet is split by group. */
      readonly group?: string;
      readonly original: () => Promise<Uint8Array>;
    }
  | {
      readonly kind: 'generated';
      readonly key: string;
      readonly title: string;
      readonly date?: string;
      /** Joins that exhibit's tab as a sub-tab (a translator's declaration after its statement). */
      readonly partOf?: string;
      /** Placed before the list of documents, listed without a tab number (the cover letter). */
      readonly front?: boolean;
      /** The file (portal slot) its tab goes to, when the packet is split by group. */
      readonly group?: string;
      /** The document, printed by the pipeline through its renderers (its file-number header kept, its footer left off). */
      readonly doc: DossierDocument;
      /**
       * The same document written against the plan, for one that cites exhibits by their place in
       * the packet (a release-plan letter's "Tab 4, p. 12") or names the pages and hash of the
       * translation it certifies. A pure builder: the layout stage prints what it returns once
       * the plan is known, and again while its length moves the pages it cites.
       */
      readonly cited?: (refs: ExhibitRefs, placed: PlacedDocuments) => DossierDocument;
    };

/**
 * Where one exhibit landed: its tab label, the number of its first page (its divider's, when
 * there is one) and that number as printed on the page (`APP-000012` in Bates style), the number
 * of its last page, its own page count, and how the packet prints any page number.
 */
export interface ExhibitRef {
  readonly tab: string;
  readonly page: number;
  readonly label: string;
  readonly lastPage: number;
  readonly pages: number;
  readonly pageLabel: (n: number) => string;
}

/** Where each exhibit landed, by exhibit id. */
export type ExhibitRefs = ReadonlyMap<string, ExhibitRef>;

/**
 * Where every document of the packet landed, by source key (exhibit id or generated key): its
 * tab, first and last page numbers as stamped, title, and the SHA-256 of its PDF as the
 * manifest lists it (a translator's certification prints those of the translation it certifies).
 */
export type PlacedDocuments = ReadonlyMap<
  string,
  { readonly tab: string; readonly firstLabel: string; readonly lastLabel: string; readonly title: string; readonly sha256: string }
>;

export interface NamingFields {
  /** e.g. "[file number] – [division] – [document type] – Vol [volume]". */
  readonly pattern: string;
  readonly fileNumber: string;
  readonly division: string;
  readonly documentType: string;
}

/** One output file of a packet split by group (a portal slot): its sources carry its id. */
export interface FileGroup {
  readonly id: string;
  readonly title: string;
  readonly fileName: string;
}

/** A file made to fit the size cap: the new bytes, and what was changed, said in words. */
export interface FittedFile {
  readonly bytes: Uint8Array;
  /** The changes in English and French, one line each; empty when the file already fitted. */
  readonly summary: { readonly en: readonly string[]; readonly fr: readonly string[] };
  readonly imagesChanged: number;
}

export interface BuildRequest {
  readonly caseId: string;
  readonly preset: string;
  readonly sources: readonly PacketSource[];
  readonly options: PacketOptions;
  readonly caps: VolumeCaps;
  /** Build without exhibits that cannot be used (listed in the manifest) instead of stopping. */
  readonly skipBadExhibits: boolean;
  readonly naming: NamingFields;
  /** PDF title and /Lang. */
  readonly title: string;
  readonly lang: 'en' | 'fr';
  /** PDF subject and keywords of every volume: the forum and the file numbers. */
  readonly subject?: string;
  readonly keywords?: readonly string[];
  readonly headerLines: readonly string[];
  /** The signature images the generated documents draw, read by the service before the build. */
  readonly images?: ImageResolver;
  /**
   * One file per group, in this order, instead of volumes: the front documents and the list of
   * documents go to the first group, each tab to its source's group; a group with nothing in it
   * makes no file. No volume covers; pages are numbered across the files.
   */
  readonly groups?: readonly FileGroup[];
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
}

export interface BuildDeps {
  readonly renderers: PacketRenderers;
  readonly cache: SourceCache;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly images?: ImageLimits;
  /**
   * Brings a finished file under `maxBytes` (downsampling its scans) or throws, naming the file;
   * without it a file over the cap stops the build.
   */
  readonly fit?: (bytes: Uint8Array, file: { readonly title: string; readonly maxBytes: number }) => Promise<FittedFile>;
}

export interface SkippedExhibit {
  readonly exhibitId: string;
  readonly title: string;
  readonly code: string;
  readonly message: string;
}

export interface BuiltVolume {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly pages: number;
  readonly sha256: string;
  readonly firstLabel: string;
  readonly lastLabel: string;
}

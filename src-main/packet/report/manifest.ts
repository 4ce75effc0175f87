import { createHash } from 'node:crypto';
import type { PacketOptions, PacketPlan } from '../plan/plan.ts';
import type { VolumeCaps } from '../plan/volumes.ts';
import type { BuiltVolume, SkippedExhibit } from '../request.ts';
import type { RealNameEntry } from './real-name.ts';

export interface ManifestInput {
  readonly tab: string;
  readonly kind: 'generated' | 'exhibit';
  readonly key: string;
  readonly exhibitId?: string;
  readonly title: string;
  /** The original as imported (exhibits) or the generated PDF. */
  readonly sha256: string;
  readonly pages: number;
  readonly volume: number;
  readonly firstPage: number;
  readonly lastPage: number;
  readonly firstLabel: string;
  readonly lastLabel: string;
  /** An exhibit whose packet copy differs from the original: what was removed, and what repaired, in words. */
  readonly removed?: readonly string[];
  readonly repaired?: readonly string[];
}

export interface ManifestOutput {
  readonly format: 'pdf' | 'docx';
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly pages: number;
  readonly firstLabel: string;
  readonly lastLabel: string;
}

/** The "as filed" record written beside the PDFs and kept in the case. */
export interface PacketManifest {
  readonly format: 'dossier-packet-manifest';
  readonly version: 1;
  readonly buildId: string;
  readonly builtAt: string;
  readonly caseId: string;
  readonly preset: string;
  readonly options: PacketOptions;
  readonly caps: VolumeCaps;
  readonly inputs: readonly ManifestInput[];
  /**
   * The PDF volumes, then any DOCX of a generated document (its pages and labels are those the
   * document occupies in the packet).
   */
  readonly outputs: readonly ManifestOutput[];
  readonly skipped: readonly SkippedExhibit[];
  /** A packet split into files by group (portal slots): each file, its size before fitting and what fitting changed. */
  readonly files?: readonly ManifestFile[];
  /** What still needs counsel's eye but did not stop the build (an H&C factor with no evidence yet). */
  readonly warnings?: readonly { readonly code: string; readonly path: string; readonly message: string }[];
  /**
   * With a pseudonym set: every place the client's real name still appears, and why (never the
   * name itself). Absent when the client has no pseudonym.
   */
  readonly realName?: readonly RealNameEntry[];
}

export interface ManifestFile {
  readonly group: string;
  readonly title: string;
  readonly fileName: string;
  readonly pages: number;
  /** Bytes as assembled, then as written. */
  readonly assembledBytes: number;
  readonly bytes: number;
  readonly imagesChanged: number;
  readonly summary: { readonly en: readonly string[]; readonly fr: readonly string[] };
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function manifestInputs(
  plan: PacketPlan,
  hashes: ReadonlyMap<
    string,
    { sha256: string; pages: number; exhibitId?: string; removed?: readonly string[]; repaired?: readonly string[] }
  >,
): ManifestInput[] {
  return plan.entries.map((e) => {
    const source = hashes.get(e.key);
    return {
      tab: e.tab,
      kind: e.kind,
      key: e.key,
      ...(source?.exhibitId === undefined ? {} : { exhibitId: source.exhibitId }),
      title: e.title,
      sha256: source?.sha256 ?? '',
      pages: source?.pages ?? 0,
      volume: e.volume,
      firstPage: e.firstNumber,
      lastPage: e.lastNumber,
      firstLabel: e.firstLabel,
      lastLabel: e.lastLabel,
      ...(source?.removed === undefined ? {} : { removed: [...source.removed] }),
      ...(source?.repaired === undefined ? {} : { repaired: [...source.repaired] }),
    };
  });
}

export function outputsOf(volumes: readonly BuiltVolume[]): PacketManifest['outputs'] {
  return volumes.map((v) => ({
    format: 'pdf',
    fileName: v.fileName,
    sha256: v.sha256,
    bytes: v.bytes.length,
    pages: v.pages,
    firstLabel: v.firstLabel,
    lastLabel: v.lastLabel,
  }));
}

export function manifestJson(manifest: PacketManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

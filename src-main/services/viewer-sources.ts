import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { filedCopy, type Case } from '../core/model/case.ts';
import { sniffFormat } from '../exhibits/formats.ts';
import { normaliseExhibit } from '../exhibits/normalise.ts';
import type { ViewerSource } from '../ipc/contract-viewer.ts';
import type { VaultApi } from '../vault/types.ts';

/** What the viewer shows: the PDF bytes (kept in memory only) and what they are. */
export interface ViewerPdf {
  readonly bytes: Uint8Array;
  readonly title: string;
  readonly shows: 'original' | 'ocr' | 'redacted' | 'document' | 'packet';
  readonly integrity?: 'verified' | 'changed';
  readonly volumes?: readonly { readonly fileName: string; readonly pages: number }[];
}

export interface ViewerSourceDeps {
  readonly vault: Pick<VaultApi, 'readCase' | 'getBlob'>;
  /** A generated document printed to PDF in memory, through the Documents tab's own print path. */
  readonly renderDocument: (source: Extract<ViewerSource, { kind: 'document' }>) => Promise<{ bytes: Uint8Array; title: string }>;
  /** Reads a built volume from disk; tests replace it. */
  readonly readFile?: (file: string) => Promise<Uint8Array>;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The exhibit's copy a packet files (made ready as the build makes it), or its original as imported. */
async function exhibitPdf(value: Case, exhibitId: string, copy: 'filed' | 'original', deps: ViewerSourceDeps): Promise<ViewerPdf> {
  const exhibit = value.exhibits.find((e) => e.id === exhibitId);
  if (!exhibit)
    throw new DossierError('NOT_FOUND', 'This exhibit is not in the case any more. Close the viewer and look at the list again.');
  const filed = filedCopy(exhibit);
  const chosen =
    copy === 'original' && exhibit.blobId !== undefined && exhibit.sha256 !== undefined
      ? { blobId: exhibit.blobId, sha256: exhibit.sha256, kind: 'original' as const }
      : filed;
  if (!chosen) throw new DossierError('NOT_FOUND', `Exhibit "${exhibit.title}" has no file yet. Import its file, then view it.`);
  const stored = await deps.vault.getBlob(chosen.blobId);
  if (sha256Hex(stored) !== chosen.sha256)
    throw new DossierError(
      'CORRUPT',
      `The stored file of exhibit "${exhibit.title}" does not match its record. Restore the case from a backup.`,
    );
  // The original PDF is shown as received; a packet's copy (and any image) is made ready as the build makes it.
  const bytes = copy === 'original' && sniffFormat(stored) === 'pdf' ? stored : (await normaliseExhibit(stored, exhibit.title)).pdf;
  return { bytes, title: exhibit.title, shows: chosen.kind };
}

/** A volume of a recorded build, read from the folder it was written to and checked against the record's SHA-256. */
async function packetPdf(value: Case, buildId: string | undefined, volume: number, deps: ViewerSourceDeps): Promise<ViewerPdf> {
  const build = buildId === undefined ? value.builds.at(-1) : value.builds.find((b) => b.id === buildId);
  if (!build)
    throw new DossierError('NOT_FOUND', 'No packet has been built for this case yet. Build one in the Packets tab, then view it.');
  const volumes = build.outputs.filter((o) => o.fileName.toLowerCase().endsWith('.pdf'));
  const output = volumes[volume];
  if (!output) throw new DossierError('NOT_FOUND', `This build has no volume ${volume + 1}.`);
  if (build.folder === undefined)
    throw new DossierError(
      'NOT_FOUND',
      'This build was recorded before Dossier kept the folder it wrote to. Build the packet again to view it.',
    );
  const file = path.join(build.folder, output.fileName);
  let bytes: Uint8Array;
  try {
    bytes = await (deps.readFile ?? ((f: string) => readFile(f).then((b) => new Uint8Array(b))))(file);
  } catch {
    throw new DossierError('NOT_FOUND', `The packet file ${output.fileName} is missing from ${build.folder}. Build the packet again.`);
  }
  return {
    bytes,
    title: output.fileName,
    shows: 'packet',
    integrity: sha256Hex(bytes) === output.sha256 ? 'verified' : 'changed',
    volumes: volumes.map((v) => ({ fileName: v.fileName, pages: v.pages })),
  };
}

/** Resolves a viewer source to PDF bytes in memory. Nothing decrypted is written anywhere. */
export async function viewerPdf(source: ViewerSource, deps: ViewerSourceDeps): Promise<ViewerPdf> {
  if (source.kind === 'document') {
    const { bytes, title } = await deps.renderDocument(source);
    return { bytes, title, shows: 'document' };
  }
  const stored = await deps.vault.readCase(source.caseId);
  return source.kind === 'exhibit'
    ? exhibitPdf(stored.case, source.exhibitId, source.copy, deps)
    : packetPdf(stored.case, source.buildId, source.volume, deps);
}

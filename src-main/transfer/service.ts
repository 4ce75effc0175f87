import { createHash } from 'node:crypto';
import { DossierError, isDossierError, type FieldIssue } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import { parseCaseFile, toCaseFile } from '../core/model/interchange.ts';
import type { ScryptParams } from '../vault/key-file.ts';
import { blobRefsOf } from '../vault/blob-refs.ts';
import type { VaultApi } from '../vault/types.ts';
import { readTransfer, writeTransfer } from './bundle.ts';
import { upgradeCaseFile } from '../vault/migrations/case-file.ts';

export interface TransferDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly random: (n: number) => Uint8Array;
  readonly scrypt: ScryptParams;
  /** The cross-field checks a save makes (core/validate.ts), given by the caller so the service stays small. */
  readonly checkFacts?: (value: Case) => readonly FieldIssue[];
}

export interface TransferExport {
  readonly transferId: string;
  readonly bytes: Uint8Array;
  readonly exhibits: number;
  /** The editor's unsaved, invalid copy stays behind: only the valid case travels. */
  readonly draftLeftBehind: boolean;
}

export interface TransferImport {
  readonly id: string;
  /** The id the case had in the sending vault, when this vault already held a case under it. */
  readonly renamedFrom?: string;
  readonly displayName: string;
  readonly exhibits: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Replaces every string equal to an old blob id by the new one, wherever it sits in the case. */
function remapBlobs(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remapBlobs(v, ids));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapBlobs(v, ids)]));
  return value;
}

function refuse(message: string): DossierError {
  return new DossierError('UNSUPPORTED_FORMAT', `The case transfer was refused: ${message} Nothing was changed.`);
}

/** Each exhibit's stated SHA-256 matches the bytes that travel with it. */
function checkExhibits(value: Case, blobs: ReadonlyMap<string, Uint8Array>): void {
  value.exhibits.forEach((exhibit, i) => {
    if (exhibit.blobId === undefined || exhibit.sha256 === undefined) return;
    const bytes = blobs.get(exhibit.blobId);
    if (bytes !== undefined && sha256(bytes) !== exhibit.sha256)
      throw new DossierError(
        'CORRUPT',
        `The case transfer was refused: the file of exhibit ${i + 1} does not match its fingerprint. Nothing was changed.`,
      );
  });
}

/**
 * A case sealed for another vault (docs/transfer-format.md): the case as its interchange file,
 * with its per-case wording and build history, and every attachment it refers to, under a
 * passphrase. Import reads everything before it writes anything, stores the attachments under
 * new ids, then writes the case as a new case: never over one already in the vault.
 */
export function createTransferService(deps: TransferDeps) {
  const seal = { scrypt: deps.scrypt, random: deps.random };

  const exportCase = async (caseId: string, passphrase: string): Promise<TransferExport> => {
    const stored = await deps.vault.readCase(caseId);
    const blobs = new Map<string, Uint8Array>();
    for (const blobId of blobRefsOf({ case: stored.case })) {
      try {
        blobs.set(blobId, await deps.vault.getBlob(blobId));
      } catch (error) {
        if (!isDossierError(error) || (error.code !== 'NOT_FOUND' && error.code !== 'CORRUPT')) throw error;
        const exhibit = stored.case.exhibits.findIndex((e) => e.blobId === blobId);
        throw new DossierError(
          error.code,
          `The file of exhibit ${exhibit + 1} cannot be read from the vault, so the case was not exported. Restore the exhibit from a backup, or remove it, then export again.`,
        );
      }
    }
    const transferId = deps.newId();
    const caseJson = encoder.encode(JSON.stringify(toCaseFile(stored.case)));
    const bytes = await writeTransfer({ transferId, createdAt: deps.now() }, { caseJson, blobs }, passphrase, seal);
    return { transferId, bytes, exhibits: blobs.size, draftLeftBehind: stored.draft !== undefined };
  };

  const importCase = async (bytes: Uint8Array, passphrase: string): Promise<TransferImport> => {
    const opened = await readTransfer(bytes, passphrase);
    let json: unknown;
    try {
      json = JSON.parse(decoder.decode(opened.caseJson));
    } catch {
      throw refuse('its case is not valid JSON.');
    }
    const file = parseCaseFile(upgradeCaseFile(json));
    const refs = blobRefsOf({ case: file.case });
    const missing = [...refs].filter((id) => !opened.blobs.has(id)).length;
    if (missing > 0) throw refuse(`${missing} attachment${missing === 1 ? ' the case refers to is' : 's the case refers to are'} missing.`);
    const unused = [...opened.blobs.keys()].filter((id) => !refs.has(id)).length;
    if (unused > 0) throw refuse(`it carries ${unused} file${unused === 1 ? '' : 's'} the case does not refer to.`);
    checkExhibits(file.case, opened.blobs);

    const taken = (await deps.vault.listCases()).some((s) => s.id === file.case.id);
    const id = taken ? deps.newId() : file.case.id;
    const facts = deps.checkFacts?.({ ...file.case, id }) ?? [];
    if (facts.length > 0)
      throw new DossierError(
        'VALIDATION',
        `The case in this transfer is not valid here (${facts.map((i) => `${i.path}: ${i.message}`).join('; ')}). Nothing was changed.`,
        facts,
      );

    // Attachments first, under new ids: a crash here leaves only files no case refers to (vault check removes them).
    const ids = new Map<string, string>();
    try {
      for (const [oldId, data] of opened.blobs) ids.set(oldId, (await deps.vault.putBlob(data)).blobId);
      const value = { ...(remapBlobs(file.case, ids) as Case), id };
      const saved = await deps.vault.writeCase(value, 0);
      return {
        id: saved.case.id,
        ...(taken ? { renamedFrom: file.case.id } : {}),
        displayName: (await deps.vault.listCases()).find((s) => s.id === saved.case.id)?.displayName ?? '',
        exhibits: ids.size,
      };
    } catch (error) {
      await deps.vault.sweepBlobs([...ids.values()], new Set()).catch(() => undefined);
      throw error;
    }
  };

  return { exportCase, importCase };
}

export type TransferService = ReturnType<typeof createTransferService>;

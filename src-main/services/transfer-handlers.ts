import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { DossierError } from '../core/errors.ts';
import { localToday } from '../core/model/dates.ts';
import { toCaseFile } from '../core/model/interchange.ts';
import { checkCaseFacts } from '../core/validate.ts';
import type { Handlers } from '../ipc/invoke.ts';
import { TRANSFER_BASE64_MAX_BYTES } from '../ipc/app-dto.ts';
import { TRANSFER_EXTENSION, transferLimits } from '../transfer/format.ts';
import { createTransferService, type TransferService } from '../transfer/service.ts';
import { DEFAULT_SCRYPT } from '../vault/key-wrap.ts';
import type { ScryptParams } from '../vault/key-file.ts';
import type { VaultApi } from '../vault/types.ts';
import type { DialogPort, FileFilter, SettingsPort } from './ports.ts';
import type { PrintCache } from './print-cache.ts';

export interface TransferHandlerDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
  readonly settings: SettingsPort;
  readonly dialog?: DialogPort | undefined;
  /** scrypt cost of new transfers; only tests lower it. */
  readonly scrypt?: ScryptParams | undefined;
  /** The stored prints, whose blobs no case refers to: the vault check keeps them. */
  readonly prints?: Pick<PrintCache, 'blobIds'> | undefined;
}

type TransferHandlers = Pick<Handlers, 'caseTransferExport' | 'caseExportSave' | 'caseTransferImport' | 'vaultCheck'>;

const FILTERS: readonly FileFilter[] = [
  { name: 'Dossier case transfer', extensions: [TRANSFER_EXTENSION] },
  { name: 'All files', extensions: ['*'] },
];

/** A file name that says what the file is and nothing about whose case it holds. */
export const transferFileName = (transferId: string) => `case-transfer-${transferId.replaceAll('-', '').slice(0, 8)}.${TRANSFER_EXTENSION}`;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Writes a new transfer file, never over an existing one, readable by its owner only. */
export async function writeTransferFile(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const exists = error instanceof Error && 'code' in error && error.code === 'EEXIST';
    throw new DossierError(
      'IO',
      exists
        ? 'A file of that name is already there: choose another name. Nothing was overwritten.'
        : 'The case transfer could not be written there: choose another folder.',
    );
  }
}

/** Reads a transfer file, refused before reading when it is larger than any transfer may be. */
export async function readTransferFile(file: string): Promise<Uint8Array> {
  try {
    if ((await stat(file)).size > transferLimits.maxBundleBytes)
      throw new DossierError('TOO_LARGE', 'This file is too large to be a case transfer. Nothing was changed.');
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw new DossierError('NOT_FOUND', 'The case transfer file cannot be read: check where it is and that you may open it.');
  }
}

function noDialog(): DossierError {
  return new DossierError('INTERNAL', 'Choosing a file is not available in this session.');
}

/** The service the CLI drives by path, and the channels the app drives through the dialogs. */
export function createTransfers(deps: TransferHandlerDeps): { service: TransferService; handlers: TransferHandlers } {
  const service = createTransferService({
    vault: deps.vault,
    now: deps.now,
    newId: randomUUID,
    random: (n) => new Uint8Array(randomBytes(n)),
    scrypt: deps.scrypt ?? DEFAULT_SCRYPT,
    checkFacts: (value) => checkCaseFacts(value, localToday(deps.now())),
  });
  /** References the vault keeps outside the cases: counsel's signature image and the stored prints. */
  const keep = async () =>
    new Set([
      ...[deps.settings.get().counselProfile?.signatureImageId ?? ''].filter((id) => id !== ''),
      ...((await deps.prints?.blobIds()) ?? []),
    ]);

  const handlers: TransferHandlers = {
    caseTransferExport: async ({ id, passphrase, save }) => {
      if (save === 'dialog' && !deps.dialog) throw noDialog();
      const made = await service.exportCase(id, passphrase);
      const fileName = transferFileName(made.transferId);
      const summary = { transferId: made.transferId, fileName, exhibits: made.exhibits, draftLeftBehind: made.draftLeftBehind };
      if (save === 'bytes') {
        if (made.bytes.length > TRANSFER_BASE64_MAX_BYTES)
          throw new DossierError('TOO_LARGE', 'This case transfer is too large to hand back here: save it to a file instead.');
        return { ...summary, saved: false, base64: base64(made.bytes) };
      }
      const file = await deps.dialog?.saveFile(fileName, FILTERS);
      if (file === null || file === undefined) return { ...summary, saved: false };
      await writeTransferFile(file, made.bytes);
      return { ...summary, saved: true };
    },
    caseExportSave: async ({ id }) => {
      if (!deps.dialog) throw noDialog();
      const file = toCaseFile((await deps.vault.readCase(id)).case);
      const fileName = `case-${randomUUID().replaceAll('-', '').slice(0, 8)}.json`;
      const chosen = await deps.dialog.saveFile(fileName, [{ name: 'Dossier case file (JSON)', extensions: ['json'] }]);
      if (chosen === null) return { saved: false, fileName };
      await writeTransferFile(chosen, new TextEncoder().encode(JSON.stringify(file, null, 2)));
      return { saved: true, fileName };
    },
    caseTransferImport: async ({ passphrase, base64: given }) => {
      let bytes: Uint8Array;
      if (given !== undefined) bytes = new Uint8Array(Buffer.from(given, 'base64'));
      else {
        if (!deps.dialog) throw noDialog();
        const [file] = await deps.dialog.pickFiles(FILTERS);
        if (file === undefined) return { status: 'cancelled' as const };
        bytes = await readTransferFile(file);
      }
      return { status: 'imported' as const, ...(await service.importCase(bytes, passphrase)) };
    },
    vaultCheck: async ({ clean }) => {
      const report = await deps.vault.check({ clean, keep: await keep() });
      return { ...report, orphans: [...report.orphans], unreadable: [...report.unreadable], quarantined: [...report.quarantined] };
    },
  };
  return { service, handlers };
}

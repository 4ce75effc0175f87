import type { Channel, DossierApi, IpcError, Result } from '../../src-main/ipc/contract.ts';

declare global {
  interface Window {
    readonly dossier?: DossierApi;
  }
}

/** Every channel of the contract; the type check below fails if one is missing. */
const channelNames = [
  'vaultStatus',
  'vaultCreate',
  'vaultUnlock',
  'vaultLock',
  'vaultChangePassphrase',
  'vaultCreateRecoveryCode',
  'vaultSwitchKeyMethod',
  'vaultBackups',
  'vaultBackupNow',
  'vaultRestoreCase',
  'vaultRestoreVault',
  'vaultVerifyBackup',
  'vaultCopyBackup',
  'vaultBackupFilePick',
  'interpreterDraftsStatus',
  'interpreterDraftsOpen',
  'interpreterDraftsLock',
  'interpreterDraftList',
  'interpreterDraftGet',
  'interpreterDraftSave',
  'interpreterDraftDelete',
  'vaultBackupFileInspect',
  'vaultBackupFileRestore',
  'vaultBackupFileRestoreCase',
  'caseList',
  'caseCreate',
  'caseGet',
  'caseSave',
  'caseDraftSave',
  'caseArchive',
  'caseDelete',
  'caseImport',
  'caseExport',
  'caseTransferExport',
  'caseExportSave',
  'caseTransferImport',
  'vaultCheck',
  'settingsGet',
  'settingsSet',
  'exhibitImport',
  'exhibitPickAndImport',
  'exhibitOcrStart',
  'exhibitOcrStatus',
  'exhibitOcrCancel',
  'caseSearch',
  'disclosurePick',
  'disclosurePages',
  'disclosureSplit',
  'disclosureClose',
  'packetPlanPreview',
  'packetBuildStart',
  'packetBuildStatus',
  'packetBuildCancel',
  'packetShowInFolder',
  'counselProfileGet',
  'counselProfileSet',
  'counselSignatureSet',
  'counselSignatureGet',
  'counselSignatureClear',
  'templatesList',
  'templateGet',
  'templatePreview',
  'templateSave',
  'templateReset',
  'documentRender',
  'documentPreview',
  'documentSave',
  'documentParagraphs',
  'wordingEditSave',
  'wordingEditReset',
  'deadlinesCompute',
  'handoffExport',
  'handoffOpenRequest',
  'handoffRespond',
  'handoffImport',
  'viewerOpen',
  'viewerPage',
  'viewerSearch',
  'viewerClose',
  'redactionReview',
  'redactionPage',
  'redactionMarkArea',
  'redactionMarkSearch',
  'redactionRemoveMark',
  'redactionApply',
  'redactionRemove',
] as const satisfies readonly Channel[];

type MissingChannels = Exclude<Channel, (typeof channelNames)[number]>;
const everyChannelListed: [MissingChannels] extends [never] ? true : MissingChannels = true;
void everyChannelListed;

type Listener = () => void;
const lockedListeners = new Set<Listener>();

/** Subscribes to "the vault answered LOCKED"; returns the unsubscribe function. */
export function onLocked(listener: Listener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

export function failure(code: IpcError['code'], message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message, issues: [] } };
}

type AnyCall = (input?: unknown) => Promise<Result<unknown>>;

function wrap(channel: Channel): AnyCall {
  return async (input?: unknown) => {
    const bridge = window.dossier;
    if (!bridge) return failure('INTERNAL', 'The connection to Dossier is missing.');
    const fn = bridge[channel] as AnyCall;
    let result: Result<unknown>;
    try {
      result = input === undefined ? await fn() : await fn(input);
    } catch {
      result = failure('INTERNAL', 'Dossier did not answer the request.');
    }
    if (!result.ok && result.error.code === 'LOCKED') {
      for (const listener of lockedListeners) listener();
    }
    return result;
  };
}

/**
 * The renderer's only door to the main process. Each call returns a typed result and never
 * throws; a LOCKED answer is also broadcast so the app can show the unlock screen.
 */
export const api = Object.fromEntries(channelNames.map((name) => [name, wrap(name)])) as unknown as DossierApi;

import { contextBridge, ipcRenderer } from 'electron';
import { channelName, type Channel, type DossierApi, type Input, type Output, type Result } from '../ipc/contract.ts';

/**
 * The whole bridge between the sandboxed page and the main process: one named function per
 * contract channel, nothing else. No `ipcRenderer`, no generic `invoke(channel)`, no event
 * subscription, so a compromised page can only make the calls the contract already allows.
 */
function invoke<C extends Channel>(channel: C, input?: Input<C>): Promise<Result<Output<C>>> {
  return ipcRenderer.invoke(channelName(channel), input) as Promise<Result<Output<C>>>;
}

const api = {
  vaultStatus: () => invoke('vaultStatus'),
  vaultCreate: (input) => invoke('vaultCreate', input),
  vaultUnlock: (input) => invoke('vaultUnlock', input),
  vaultLock: () => invoke('vaultLock'),
  vaultChangePassphrase: (input) => invoke('vaultChangePassphrase', input),
  vaultCreateRecoveryCode: () => invoke('vaultCreateRecoveryCode'),
  vaultSwitchKeyMethod: (input) => invoke('vaultSwitchKeyMethod', input),
  vaultBackups: () => invoke('vaultBackups'),
  vaultBackupNow: () => invoke('vaultBackupNow'),
  vaultRestoreCase: (input) => invoke('vaultRestoreCase', input),
  vaultRestoreVault: (input) => invoke('vaultRestoreVault', input),
  vaultVerifyBackup: (input) => invoke('vaultVerifyBackup', input),
  vaultCopyBackup: (input) => invoke('vaultCopyBackup', input),
  caseList: (input) => invoke('caseList', input),
  caseCreate: (input) => invoke('caseCreate', input),
  caseGet: (input) => invoke('caseGet', input),
  caseSave: (input) => invoke('caseSave', input),
  caseDraftSave: (input) => invoke('caseDraftSave', input),
  caseArchive: (input) => invoke('caseArchive', input),
  caseDelete: (input) => invoke('caseDelete', input),
  caseImport: (input) => invoke('caseImport', input),
  caseExport: (input) => invoke('caseExport', input),
  caseTransferExport: (input) => invoke('caseTransferExport', input),
  caseExportSave: (input) => invoke('caseExportSave', input),
  caseTransferImport: (input) => invoke('caseTransferImport', input),
  vaultCheck: (input) => invoke('vaultCheck', input),
  settingsGet: () => invoke('settingsGet'),
  settingsSet: (input) => invoke('settingsSet', input),
  exhibitImport: (input) => invoke('exhibitImport', input),
  exhibitPickAndImport: (input) => invoke('exhibitPickAndImport', input),
  exhibitOcrStart: (input) => invoke('exhibitOcrStart', input),
  exhibitOcrStatus: (input) => invoke('exhibitOcrStatus', input),
  exhibitOcrCancel: (input) => invoke('exhibitOcrCancel', input),
  caseSearch: (input) => invoke('caseSearch', input),
  disclosurePick: (input) => invoke('disclosurePick', input),
  disclosurePages: (input) => invoke('disclosurePages', input),
  disclosureSplit: (input) => invoke('disclosureSplit', input),
  disclosureClose: (input) => invoke('disclosureClose', input),
  packetPlanPreview: (input) => invoke('packetPlanPreview', input),
  packetBuildStart: (input) => invoke('packetBuildStart', input),
  packetBuildStatus: (input) => invoke('packetBuildStatus', input),
  packetBuildCancel: (input) => invoke('packetBuildCancel', input),
  packetShowInFolder: (input) => invoke('packetShowInFolder', input),
  counselProfileGet: () => invoke('counselProfileGet'),
  counselProfileSet: (input) => invoke('counselProfileSet', input),
  counselSignatureSet: (input) => invoke('counselSignatureSet', input),
  counselSignatureGet: () => invoke('counselSignatureGet'),
  counselSignatureClear: () => invoke('counselSignatureClear'),
  templatesList: (input) => invoke('templatesList', input),
  templateGet: (input) => invoke('templateGet', input),
  templatePreview: (input) => invoke('templatePreview', input),
  templateSave: (input) => invoke('templateSave', input),
  templateReset: (input) => invoke('templateReset', input),
  documentRender: (input) => invoke('documentRender', input),
  documentPreview: (input) => invoke('documentPreview', input),
  documentSave: (input) => invoke('documentSave', input),
  documentParagraphs: (input) => invoke('documentParagraphs', input),
  wordingEditSave: (input) => invoke('wordingEditSave', input),
  wordingEditReset: (input) => invoke('wordingEditReset', input),
  deadlinesCompute: (input) => invoke('deadlinesCompute', input),
  handoffExport: (input) => invoke('handoffExport', input),
  handoffOpenRequest: (input) => invoke('handoffOpenRequest', input),
  handoffRespond: (input) => invoke('handoffRespond', input),
  handoffImport: (input) => invoke('handoffImport', input),
} satisfies DossierApi;

contextBridge.exposeInMainWorld('dossier', api);

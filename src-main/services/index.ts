import { DossierError } from '../core/errors.ts';
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../ipc/invoke.ts';
import type { KeyStorePort, VaultApi, VaultStatus } from '../vault/types.ts';
import { createVault } from '../vault/vault.ts';
import { createCaseHandlers } from './case-handlers.ts';
import { createBackupFileHandlers } from './backup-file-handlers.ts';
import { createDraftHandlers } from './draft-handlers.ts';
import { createDraftVault, draftVaultDir } from '../vault/draft-vault.ts';
import { createDeadlineHandlers } from './deadline-handlers.ts';
import { createDocumentHandlers, type OpenDocumentPrinter } from './document-handlers.ts';
import { createHandoffHandlers } from './handoff-handlers.ts';
import { createVaultOverrides } from './template-overrides.ts';
import { createTemplateStore } from './templates-store.ts';
import { createExhibitService, type ExhibitService } from './exhibit-service.ts';
import type { OpenPacketRenderers } from './packet-build.ts';
import { createPacketService, type PacketService } from './packet-service.ts';
import { createPrintCache } from './print-cache.ts';
import { createEvidenceHandlers } from './evidence-handlers.ts';
import { createExhibitHandlers } from './exhibit-handlers.ts';
import { createRedactionHandlers } from '../redaction/redaction-handlers.ts';
import { createRedactionService, type RedactionService } from '../redaction/redaction-service.ts';
import { createPacketJobHandlers } from './packet-jobs.ts';
import { createWordingHandlers } from './wording-handlers.ts';
import { createViewerHandlers } from './viewer-handlers.ts';
import { createViewerService } from './viewer-service.ts';
import { createTransfers } from './transfer-handlers.ts';
import type { TransferService } from '../transfer/service.ts';
import type { DocumentTextSources } from '../case-search/document-texts.ts';
import { localToday } from '../core/model/dates.ts';
import { silentLogger, type DialogPort, type Logger, type SettingsPort, type ShellPort } from './ports.ts';

export type { DialogPort, Logger, SettingsPort, ShellPort } from './ports.ts';

export interface ServiceOptions {
  /** The vault folder. */
  readonly dataDir: string;
  readonly settings: SettingsPort;
  /** Electron safeStorage behind a port; absent in the CLI and Node tests. */
  readonly keyStore?: KeyStorePort;
  readonly now?: () => Date;
  readonly log?: Logger;
  /** scrypt cost; only tests and the demo's throwaway vault lower it. */
  readonly scrypt?: { readonly N: number; readonly r: number; readonly p: number };
  /** Printer-backed renderers for packet builds: Electron's printer in the app, Playwright in Node (see node-services.ts). */
  readonly openPacketRenderers: OpenPacketRenderers;
  /** The printer generated documents are printed with; without it `documentRender` answers a typed error. */
  readonly openDocumentPrinter?: OpenDocumentPrinter;
  /** The advocate's edited templates; in memory unless given. */
  /** The OS file dialogs, shown by the main process; without it the pick channels answer a typed error. */
  readonly dialog?: DialogPort;
  /** Reveals a finished packet in the file manager. */
  readonly shell?: ShellPort;
  /** Back up on the first unlock of each day; on unless a test turns it off. */
  readonly dailyBackups?: boolean;
  /**
   * Start the packet printer in the background as soon as the vault opens, so the first Build
   * finds it warm. The app sets it; the CLI does not (most commands print nothing).
   */
  readonly prewarmPrinter?: boolean;
}

export interface Services {
  readonly handlers: Handlers;
  readonly vault: VaultApi;
  /** Exhibit import and packet builds by path (the CLI); the IPC channels take bytes or ask the dialog port. */
  readonly exhibits: ExhibitService;
  readonly packets: PacketService;
  /** Redaction marks and their application (the CLI); the IPC channels wrap the same service. */
  readonly redaction: RedactionService;
  /** Sealed case transfers by path (the CLI); the IPC channels ask the dialog port. */
  readonly transfers: TransferService;
  /** What the case search needs to read the documents a case generates (built in memory). */
  readonly documentTexts: DocumentTextSources;
  /** Resets the idle-lock timer; called before every request. */
  readonly onActivity: () => void;
  readonly dispose: () => Promise<void>;
}

async function keychainUsable(keyStore: KeyStorePort | undefined): Promise<boolean> {
  if (!keyStore) return false;
  try {
    return (await keyStore.isAvailable()) && (await keyStore.backend()) !== 'basic_text';
  } catch {
    return false;
  }
}

/** Composes the vault and the case services into the transport-free handler map. */
export function createServices(options: ServiceOptions): Services {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLogger;
  const settings = options.settings;
  const vault = createVault({
    dir: options.dataDir,
    now,
    idleTimeoutMs: settings.get().lockTimeoutMinutes * 60_000,
    dailyBackups: options.dailyBackups ?? true,
    ...(options.keyStore ? { keyStore: options.keyStore } : {}),
    ...(options.scrypt ? { scrypt: options.scrypt } : {}),
    onLocked: () => {
      log.info('vault.locked');
      overrides.forget();
      // The warm printers, the exhibit cache, the prints in memory and the open views live only while the vault is open.
      prints.clear();
      void packets.close();
      void documents.close();
      viewer.closeAll();
    },
  });
  const drafts = createDraftVault({ dir: draftVaultDir(options.dataDir), ...(options.scrypt ? { scrypt: options.scrypt } : {}) });
  const overrides = createVaultOverrides(vault);
  /** The advocate's templates are read with the key: after every unlock, before any document is built. */
  const loadOverrides = async () => {
    try {
      await overrides.load();
    } catch (error) {
      log.error('templates.unreadable', { code: error instanceof DossierError ? error.code : 'INTERNAL' });
    }
  };

  const statusDto = async (status: VaultStatus) => ({
    ...status,
    recovered: [
      ...status.recovered.map((r) => ({ ...r })),
      ...(settings.damaged?.() === true ? [{ file: 'settings.json', restoredFrom: 'none' as const }] : []),
    ],
    keychainUsable: await keychainUsable(options.keyStore),
  });

  const templates = createTemplateStore(overrides);
  const documentTexts: DocumentTextSources = {
    counsel: () => settings.get().counselProfile,
    templates: (lang) => templates.set(lang),
    today: () => localToday(now()),
  };
  const exhibits = createExhibitService({ vault, newId: randomUUID });
  // Generated documents already printed, in memory and encrypted in the vault (print-cache.ts).
  const prints = createPrintCache({ vault, now });
  const packets = createPacketService({
    vault,
    now,
    newId: randomUUID,
    prints,
    openRenderers: options.openPacketRenderers,
    documents: { counsel: () => settings.get().counselProfile, templates: (lang) => templates.set(lang) },
  });

  const documents = createDocumentHandlers({
    vault,
    settings,
    now,
    templates,
    openPrinter: options.openDocumentPrinter,
    dialog: options.dialog,
    prints,
  });

  // The viewer prints a generated document through the Documents tab's own render path.
  const viewer = createViewerService({
    vault,
    newId: randomUUID,
    renderDocument: async ({ caseId, docKind, lang, options }) => {
      const rendered = await documents.handlers.documentRender({ caseId, kind: docKind, lang, format: 'pdf', options });
      return { bytes: new Uint8Array(Buffer.from(rendered.base64, 'base64')), title: rendered.title };
    },
  });
  const redaction = createRedactionService({ vault, now, newId: randomUUID, counselName: () => settings.get().counselProfile?.name });

  const transfers = createTransfers({ vault, now, settings, dialog: options.dialog, scrypt: options.scrypt, prints });

  const caseHandlers = createCaseHandlers({ vault, now, newId: randomUUID });
  const handlers: Handlers = {
    vaultStatus: async () => statusDto(await vault.status()),
    vaultCreate: async (input) => {
      const status = await vault.init(
        input.method === 'passphrase' ? { method: 'passphrase', passphrase: input.passphrase } : { method: 'keychain' },
      );
      log.info('vault.created', { method: input.method });
      await loadOverrides();
      return statusDto(status);
    },
    vaultUnlock: async ({ passphrase, recoveryCode }) => {
      const status = await vault.unlock(
        recoveryCode !== undefined
          ? { method: 'recovery', code: recoveryCode }
          : passphrase === undefined
            ? { method: 'keychain' }
            : { method: 'passphrase', passphrase },
      );
      log.info('vault.unlocked', { recovered: status.recovered.length });
      await loadOverrides();
      if (options.prewarmPrinter === true) packets.prewarm();
      return statusDto(status);
    },
    vaultBackups: async () => (await vault.listBackups()).map((b) => ({ ...b, cases: b.cases.map((c) => ({ ...c })) })),
    vaultBackupNow: async () => {
      const id = await vault.backup('manual');
      log.info('vault.backup');
      return { id };
    },
    vaultRestoreCase: async ({ backupId, caseId }) => {
      const restored = await vault.restoreCase(backupId, caseId);
      log.info('vault.caseRestored');
      return restored;
    },
    vaultRestoreVault: async ({ backupId }) => {
      const restored = await vault.restoreVault(backupId);
      // The stored prints came back with the vault: the list in memory is no longer the vault's.
      prints.clear();
      log.info('vault.restored', { cases: restored.cases });
      // The templates come back with the vault.
      await loadOverrides();
      return restored;
    },
    vaultVerifyBackup: async ({ backupId }) => {
      const check = await vault.verifyBackup({ backupId });
      log.info('vault.backupVerified', { ok: check.ok });
      return { ...check, problems: check.problems.map((p) => ({ ...p })) };
    },
    vaultCopyBackup: async ({ backupId }) => {
      if (!options.dialog) throw new DossierError('INTERNAL', 'No folder dialog is available here.');
      const dir = await options.dialog.pickDirectory();
      if (dir === null) return { file: null };
      const { file } = await vault.exportBackup(backupId, dir);
      log.info('vault.backupCopied');
      return { file };
    },
    vaultChangePassphrase: async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      log.info('vault.passphraseChanged');
      return statusDto(await vault.status());
    },
    vaultSwitchKeyMethod: async (input) => {
      if (input.method === 'keychain') await vault.switchKeyMethod({ method: 'keychain' }, input.current);
      else await vault.switchKeyMethod({ method: 'passphrase', passphrase: input.passphrase });
      log.info('vault.keyMethodSwitched', { method: input.method });
      return statusDto(await vault.status());
    },
    vaultCreateRecoveryCode: async () => {
      const code = await vault.createRecoveryCode();
      log.info('vault.recoveryCodeCreated');
      return { code, status: await statusDto(await vault.status()) };
    },
    vaultLock: async () => {
      // Prints being stored finish first: they need the key.
      await prints.flush();
      vault.lock();
      overrides.forget();
      viewer.closeAll();
      return statusDto(await vault.status());
    },
    ...caseHandlers,
    // A deleted case takes its stored prints with it.
    caseDelete: async (input) => {
      await prints.purgeCase(input.id);
      return caseHandlers.caseDelete(input);
    },
    ...createDeadlineHandlers({ vault, now }),
    settingsGet: () => Promise.resolve(settings.get()),
    settingsSet: (patch) => {
      const next = settings.set(patch);
      if (patch.lockTimeoutMinutes !== undefined) vault.setIdleTimeout(patch.lockTimeoutMinutes * 60_000);
      return Promise.resolve(next);
    },
    ...createExhibitHandlers({ vault, newId: randomUUID, dialog: options.dialog }),
    ...createRedactionHandlers({ vault, service: redaction }),
    ...createEvidenceHandlers({ vault, newId: randomUUID, dialog: options.dialog, documents: documentTexts }),
    ...createPacketJobHandlers({
      vault,
      packets,
      newId: randomUUID,
      dialog: options.dialog,
      shell: options.shell,
      // The preview names generated documents as the build will (titles come from the templates).
      documents: { counsel: () => settings.get().counselProfile, templates: (lang) => templates.set(lang) },
      now,
    }),
    ...documents.handlers,
    ...createWordingHandlers({ vault, settings, templates, now }),
    ...createHandoffHandlers({ vault, now, settings, templates, dialog: options.dialog, scrypt: options.scrypt }),
    ...transfers.handlers,
    ...createDraftHandlers(drafts),
    ...createBackupFileHandlers({
      vault,
      dialog: options.dialog,
      opened: async (status) => {
        // Another vault is open now: its own stored prints, not the list read from the last one.
        prints.clear();
        await loadOverrides();
        return statusDto(status);
      },
      info: (event, fields) => log.info(event, fields),
    }),
    ...createViewerHandlers(viewer),
  };

  return {
    handlers,
    vault,
    exhibits,
    packets,
    redaction,
    transfers: transfers.service,
    documentTexts,
    onActivity: () => vault.touch(),
    dispose: async () => {
      // The prints being stored finish before the key goes (a CLI build's are kept for the next one).
      await prints.flush();
      vault.lock();
      drafts.lock();
      viewer.closeAll();
      await Promise.all([packets.close(), documents.close()]);
    },
  };
}

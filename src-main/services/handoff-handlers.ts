import { randomBytes, randomUUID } from 'node:crypto';
import { stat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import { directionForLang } from '../core/lang/direction.ts';
import { localToday } from '../core/model/dates.ts';
import { buildDocument } from '../documents/builders/build-document.ts';
import type { DocumentKind } from '../documents/builders/document-types.ts';
import { documentParagraphs, prepSheetParagraphs } from '../handoff/document-source.ts';
import { bundleLimits } from '../handoff/limits.ts';
import { createHandoffService } from '../handoff/service.ts';
import type { Handlers } from '../ipc/invoke.ts';
import { DEFAULT_SCRYPT } from '../vault/key-wrap.ts';
import type { ScryptParams } from '../vault/key-file.ts';
import type { VaultApi } from '../vault/types.ts';
import type { DialogPort, FileFilter, SettingsPort } from './ports.ts';
import type { TemplateStore } from './templates-store.ts';

export interface HandoffHandlerDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
  readonly settings: SettingsPort;
  readonly templates: TemplateStore;
  readonly dialog?: DialogPort | undefined;
  /** scrypt cost of new bundles; only tests lower it. */
  readonly scrypt?: ScryptParams | undefined;
}

type HandoffHandlers = Pick<Handlers, 'handoffExport' | 'handoffOpenRequest' | 'handoffRespond' | 'handoffImport'>;

export const BUNDLE_EXTENSION = 'dossier';
const BUNDLE_FILTERS: readonly FileFilter[] = [
  { name: 'Dossier translation bundle', extensions: [BUNDLE_EXTENSION] },
  { name: 'All files', extensions: ['*'] },
];

/** A file name that says what the bundle is and nothing about whose it is. */
const bundleFileName = (kind: 'request' | 'response', bundleId: string) =>
  `translation-${kind}-${bundleId.replaceAll('-', '').slice(0, 8)}.${BUNDLE_EXTENSION}`;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function noDialog(): DossierError {
  return new DossierError('INTERNAL', 'Choosing a file is not available in this session.');
}

/**
 * The hand-off channels. Passphrases go straight to the key derivation and are never logged or
 * kept; bundle files are named by a random id, written without overwriting, readable by the user only.
 */
export function createHandoffHandlers(deps: HandoffHandlerDeps): HandoffHandlers {
  const today = () => localToday(deps.now());
  const documentText = (c: Case, kind: DocumentKind, lang: 'en' | 'fr') => {
    const templates = deps.templates.set(lang);
    const doc = buildDocument(kind, { case: c, counsel: deps.settings.get().counselProfile, lang, today: today(), templates });
    const paragraphs = kind === 'client-prep-sheet' ? prepSheetParagraphs(doc, templates(kind).front.strings) : documentParagraphs(doc);
    return { title: doc.meta.title, lang, paragraphs };
  };
  const service = createHandoffService({
    vault: deps.vault,
    now: deps.now,
    newId: randomUUID,
    random: (n) => new Uint8Array(randomBytes(n)),
    scrypt: deps.scrypt ?? DEFAULT_SCRYPT,
    documentText,
  });

  const deliver = async (kind: 'request' | 'response', bundleId: string, bytes: Uint8Array, save: 'bytes' | 'dialog') => {
    const fileName = bundleFileName(kind, bundleId);
    if (save === 'bytes') return { bundleId, fileName, saved: false, base64: base64(bytes) };
    if (!deps.dialog) throw noDialog();
    const dir = await deps.dialog.pickDirectory();
    if (dir === null) return { bundleId, fileName, saved: false };
    try {
      await writeFile(path.join(dir, fileName), bytes, { flag: 'wx', mode: 0o600 });
    } catch {
      throw new DossierError('IO', 'The bundle could not be saved in that folder: choose another folder. Nothing was overwritten.');
    }
    return { bundleId, fileName, saved: true };
  };

  /** The bundle the user picks in the open dialog, refused before reading when it is too large. */
  const pickBundle = async (): Promise<Uint8Array | null> => {
    if (!deps.dialog) throw noDialog();
    const [file] = await deps.dialog.pickFiles(BUNDLE_FILTERS);
    if (file === undefined) return null;
    try {
      if ((await stat(file)).size > bundleLimits.maxBundleBytes)
        throw new DossierError('TOO_LARGE', 'That file is too large to be a translation bundle. Nothing was changed.');
      return new Uint8Array(await readFile(file));
    } catch (error) {
      if (error instanceof DossierError) throw error;
      throw new DossierError('IO', 'That file could not be read: check that it is still there. Nothing was changed.');
    }
  };

  return {
    handoffExport: async ({ save, ...input }) => {
      const { bundleId, bytes } = await service.exportRequest(input);
      return deliver('request', bundleId, bytes, save);
    },
    handoffOpenRequest: async ({ bytes, passphrase }) => {
      const picked = bytes ?? (await pickBundle());
      if (picked === null) return { chosen: false, items: [] };
      const { manifest, content } = await service.openRequest(picked, passphrase);
      return {
        chosen: true,
        ...(bytes === undefined ? { base64: base64(picked) } : {}),
        bundleId: manifest.bundleId,
        createdAt: manifest.createdAt,
        ...(content.translator ? { translator: content.translator } : {}),
        items: content.items.map(({ sourceSha256: _hash, ...item }) => ({
          ...item,
          sourceDir: directionForLang(item.sourceLang),
          targetDir: directionForLang(item.targetLang),
        })),
      };
    },
    handoffRespond: async ({ bytes, passphrase, responsePassphrase, save, ...answer }) => {
      const { bundleId, bytes: out } = await service.respond(bytes, passphrase, answer, responsePassphrase ?? passphrase);
      return deliver('response', bundleId, out, save);
    },
    handoffImport: async ({ bytes, passphrase, caseId, accept }) => {
      const picked = bytes ?? (await pickBundle());
      if (picked === null) return { status: 'cancelled' as const };
      const result = await service.importResponse({ bytes: picked, passphrase, caseId, accept });
      if (result.status === 'attached') return { ...result, itemIds: [...result.itemIds] };
      return {
        ...result,
        changes: [...result.changes],
        ...(bytes === undefined ? { base64: base64(picked) } : {}),
      };
    },
  };
}

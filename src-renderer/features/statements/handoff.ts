import type { Input, IpcError, Output, Result } from '../../../src-main/ipc/contract.ts';
import { api, failure } from '../../api/bridge.ts';
import type { CaseEditor } from '../../api/case-editor.ts';

export type ExportChoices = Omit<Input<'handoffExport'>, 'caseId' | 'passphrase' | 'save'>;
export type ImportOutcome = Output<'handoffImport'>;
export type ParagraphChange = Extract<ImportOutcome, { status: 'needs-confirmation' }>['changes'][number];

/** The shortest passphrase a bundle accepts (the contract's own minimum). */
export const MIN_BUNDLE_PASSPHRASE = 10;

/**
 * The main process builds the request from the stored case, so what the advocate typed is saved
 * first; a draft that cannot be saved (a field in error) is not sent as if it were.
 */
async function saved(editor: CaseEditor): Promise<IpcError | null> {
  await editor.flush();
  const save = editor.getSnapshot().save;
  if (save.kind === 'invalid') return failure('VALIDATION', 'Fix the fields in error before sending.').error;
  if (save.kind === 'error') return save.error;
  return null;
}

/**
 * Seals a translation request for one statement (or `doc:<kind>`) and has the main process save
 * it where the user chooses. The case keeps a record of each request (so a response can be checked
 * against it): the main process writes the case, so the editor reloads after, keeping its
 * revision in step.
 */
export async function exportRequest(
  editor: CaseEditor,
  passphrase: string,
  choices: ExportChoices,
): Promise<Result<Output<'handoffExport'>>> {
  const problem = await saved(editor);
  if (problem) return { ok: false, error: problem };
  try {
    return await api.handoffExport({ caseId: editor.id, passphrase, save: 'dialog', ...choices });
  } finally {
    await editor.load();
  }
}

/**
 * Imports a response bundle into this case. The main process writes the case, so the editor
 * saves what it holds first and reloads after; `accept` attaches a response whose original has
 * changed since the request, once the user has seen how.
 */
export async function importResponse(
  editor: CaseEditor,
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string,
  accept: boolean,
): Promise<Result<ImportOutcome>> {
  const problem = await saved(editor);
  if (problem) return { ok: false, error: problem };
  try {
    return await api.handoffImport({ caseId: editor.id, bytes, passphrase, accept });
  } finally {
    await editor.load();
  }
}

/** The bytes of a file the user chose in a file input, or null when it is too large to be a bundle. */
export async function bundleBytes(file: File, maxBytes = 16 * 2 ** 20): Promise<Uint8Array<ArrayBuffer> | null> {
  if (file.size > maxBytes) return null;
  return new Uint8Array(await file.arrayBuffer());
}

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DossierError, isDossierError, type FieldIssue } from '../core/errors.ts';
import type { Client } from '../core/model/case.ts';
import { displayName } from '../core/names.ts';
import { documentFileName } from '../packet/plan/file-names.ts';
import { writeAtomic } from '../vault/atomic.ts';
import { isNotFound, nodeFsPort, type FsPort } from '../vault/fs-port.ts';
import type { DialogPort, FileFilter } from './ports.ts';

export type DocumentFormat = 'pdf' | 'docx';

const filters: Readonly<Record<DocumentFormat, FileFilter>> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word (DOCX)', extensions: ['docx'] },
};

/** The problems a builder refused a document for (what the case lacks, each at its field); any other error is thrown again. */
export function documentProblems(error: unknown): readonly FieldIssue[] {
  if (isDossierError(error) && error.code === 'VALIDATION' && error.issues.length > 0) return error.issues;
  throw error;
}

type ClientNames = Pick<Client, 'familyName' | 'givenNames' | 'namesInScript'>;

/** The client's name for a file name: the Latin-script name as written on forms, else the name in the client's script. */
function clientForFile(client: ClientNames): string {
  const latin = [client.familyName.toLocaleUpperCase('und'), client.givenNames].filter((p) => p.trim() !== '').join(' ');
  return latin || (client.namesInScript[0]?.value ?? '');
}

/**
 * What the document is, from its title: most titles end with "— <client's name>", which the
 * file name gives once, on its own; any other part of the title (a bondsperson's name, a
 * statement's title) is kept.
 */
export function documentWhat(title: string, client: ClientNames): string {
  const plain = title.replace(/\p{Cf}/gu, '').replace(/\u00A0/gu, ' ');
  const whose = displayName(client);
  const at = whose === '' ? -1 : plain.indexOf(whose);
  if (at < 0) return plain;
  const rest = `${plain.slice(0, at)} ${plain.slice(at + whose.length)}`
    .replace(/\s+/gu, ' ')
    .replace(/\s*[—–-]\s*$/u, '')
    .replace(/^\s*[—–-]\s*/u, '')
    .trim();
  return rest === '' ? plain : rest;
}

/** The name the save dialog offers: what the document is, the client's name and today's date. */
export function defaultDocumentName(title: string, client: ClientNames, today: string, format: DocumentFormat): string {
  return documentFileName({ title: documentWhat(title, client), client: clientForFile(client), date: today }, `.${format}`);
}

export interface SaveDeps {
  readonly dialog?: DialogPort | undefined;
  readonly fs?: FsPort | undefined;
}

export interface SavedDocument {
  readonly saved: boolean;
  readonly fileName: string;
  readonly path: string | null;
  readonly replaced: boolean;
}

/**
 * Asks where to save (the OS save dialog, shown by main, so no path ever comes from the
 * renderer), then writes the bytes atomically: a temp file beside the target, fsynced, renamed
 * over it. `bytes` is only produced once a place is chosen.
 */
export async function saveThroughDialog(
  deps: SaveDeps,
  defaultName: string,
  format: DocumentFormat,
  bytes: () => Promise<Uint8Array>,
): Promise<SavedDocument> {
  if (!deps.dialog) throw new DossierError('INTERNAL', 'The save dialog is not available in this session.');
  const chosen = await deps.dialog.saveFile(defaultName, [filters[format]]);
  if (chosen === null) return { saved: false, fileName: defaultName, path: null, replaced: false };
  const target = path.extname(chosen).toLowerCase() === `.${format}` ? chosen : `${chosen}.${format}`;
  const fs = deps.fs ?? nodeFsPort;
  const replaced = await fs.stat(target).then(
    () => true,
    (error: unknown) => {
      if (isNotFound(error)) return false;
      throw error;
    },
  );
  const data = await bytes();
  await writeAtomic(fs, path.dirname(target), path.basename(target), data, {
    random: (n) => new Uint8Array(randomBytes(n)),
    keepPrevious: false,
    action: 'saving the document',
  });
  return { saved: true, fileName: path.basename(target), path: target, replaced };
}

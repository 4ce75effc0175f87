import { createHash, randomBytes as nodeRandomBytes } from 'node:crypto';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { removeLeftoverTemps, writeAtomic } from './atomic.ts';
import { DEFAULT_BACKUP_POLICY } from './backup-rotation.ts';
import { PREVIOUS_SUFFIX } from './file-names.ts';
import { isNotFound, nodeFsPort, type FsPort } from './fs-port.ts';
import { DEFAULT_SCRYPT } from './key-wrap.ts';
import type { ScryptParams } from './key-file.ts';
import { createKeys, openKey, readKeyFile } from './keys.ts';
import { readGenerations } from './recovery.ts';
import { createSession, endSession, liveKey, openFile, quarantineDirOf, sealFile, type Session, type VaultDeps } from './session.ts';

/**
 * The interpreter's own small vault: a key file wrapped under the interpreter's passphrase (the
 * main vault's key-wrapping), and one encrypted file per request being translated (the vault's
 * codec, written through its atomic write, so a crash leaves the old draft or the new one). The
 * request's own bundle passphrase is never stored: a draft holds the work, and the request is
 * opened again from its file to continue.
 */
export interface DraftVault {
  status(): Promise<'absent' | 'locked' | 'unlocked'>;
  create(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): void;
  list(): Promise<readonly DraftSummary[]>;
  read(requestId: string): Promise<Draft | undefined>;
  save(draft: Omit<Draft, 'savedAt'>): Promise<{ savedAt: string }>;
  remove(requestId: string): Promise<void>;
}

export interface DraftSummary {
  /** The request bundle's id: the draft continues that request. */
  readonly requestId: string;
  /** The request's title as the interpreter saw it, to recognise it in the list. */
  readonly title: string;
  readonly savedAt: string;
}

export interface Draft extends DraftSummary {
  /** The interpreter's work as the screen holds it (translations, declaration). */
  readonly work: unknown;
}

export interface DraftVaultOptions {
  readonly dir: string;
  readonly fs?: FsPort;
  readonly now?: () => Date;
  readonly randomBytes?: (n: number) => Uint8Array;
  readonly scrypt?: ScryptParams;
}

const DRAFT_SCHEMA = 1;
const draftFilePattern = /^d-[0-9a-f]{32}\.dsv$/;
/** The file name says nothing about the request: a hash of its random id. */
const draftName = (requestId: string) => `d-${createHash('sha256').update(requestId, 'utf8').digest('hex').slice(0, 32)}`;
const MAX_DRAFT_BYTES = 32 * 1024 * 1024;

/** The interpreter's folder: beside the main vault's data folder, never inside it. */
export const draftVaultDir = (dataDir: string) => path.join(path.dirname(path.resolve(dataDir)), 'interpreter-drafts');

function decodeDraft(plaintext: Uint8Array): Draft {
  const value = JSON.parse(Buffer.from(plaintext).toString('utf8')) as Partial<Draft>;
  if (typeof value.requestId !== 'string' || typeof value.title !== 'string' || typeof value.savedAt !== 'string')
    throw new DossierError('CORRUPT', 'A draft file is damaged.');
  return { requestId: value.requestId, title: value.title, savedAt: value.savedAt, work: value.work };
}

export function createDraftVault(options: DraftVaultOptions): DraftVault {
  const deps: VaultDeps = {
    dir: options.dir,
    fs: options.fs ?? nodeFsPort,
    now: options.now ?? (() => new Date()),
    random: options.randomBytes ?? ((n) => new Uint8Array(nodeRandomBytes(n))),
    keyStore: undefined,
    scrypt: options.scrypt ?? DEFAULT_SCRYPT,
    backupPolicy: DEFAULT_BACKUP_POLICY,
    quarantineDir: quarantineDirOf(options.dir),
  };
  let session: Session | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const open = (): Session => {
    if (!session?.alive) throw new DossierError('LOCKED', 'The interpreter drafts are locked. Unlock them with their passphrase.');
    return session;
  };
  const readDraft = async (s: Session, name: string): Promise<Draft | undefined> => {
    const read = await readGenerations(deps.fs, deps.dir, `${name}.dsv`, (bytes) => decodeDraft(openFile(s, name, bytes).plaintext));
    return read.value;
  };

  return {
    status: async () => {
      if (session?.alive) return 'unlocked';
      return (await readKeyFile(deps)) === null ? 'absent' : 'locked';
    },
    create: (passphrase) =>
      serial(async () => {
        const key = await createKeys(deps, { method: 'passphrase', passphrase });
        session = createSession(key, 'passphrase', false);
      }),
    unlock: (passphrase) =>
      serial(async () => {
        const read = await readKeyFile(deps);
        if (!read?.value) throw new DossierError('NOT_INITIALISED', 'There are no interpreter drafts yet.');
        const { key } = await openKey(deps, { ...read, value: read.value }, { method: 'passphrase', passphrase });
        if (session) endSession(session);
        session = createSession(key, 'passphrase', false);
        await removeLeftoverTemps(deps.fs, deps.dir);
      }),
    lock: () => {
      if (session) endSession(session);
      session = undefined;
    },
    list: () =>
      serial(async () => {
        const s = open();
        const names = new Set(
          (await deps.fs.readdir(deps.dir))
            .map((n) => (n.endsWith(PREVIOUS_SUFFIX) ? n.slice(0, -PREVIOUS_SUFFIX.length) : n))
            .filter((n) => draftFilePattern.test(n)),
        );
        const out: DraftSummary[] = [];
        for (const name of [...names].sort()) {
          const draft = await readDraft(s, name.slice(0, -'.dsv'.length)).catch(() => undefined);
          if (draft) out.push({ requestId: draft.requestId, title: draft.title, savedAt: draft.savedAt });
        }
        return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      }),
    read: (requestId) =>
      serial(async () => {
        const draft = await readDraft(open(), draftName(requestId));
        return draft?.requestId === requestId ? draft : undefined;
      }),
    save: (draft) =>
      serial(async () => {
        const s = open();
        const savedAt = deps.now().toISOString();
        const plaintext = new Uint8Array(Buffer.from(JSON.stringify({ ...draft, savedAt }), 'utf8'));
        if (plaintext.length > MAX_DRAFT_BYTES) throw new DossierError('TOO_LARGE', 'This draft is too large to keep.');
        const name = draftName(draft.requestId);
        liveKey(s);
        await writeAtomic(deps.fs, deps.dir, `${name}.dsv`, sealFile(deps, s, name, DRAFT_SCHEMA, plaintext), {
          random: deps.random,
          keepPrevious: true,
          action: 'saving the draft',
        });
        return { savedAt };
      }),
    remove: (requestId) =>
      serial(async () => {
        open();
        const file = path.join(deps.dir, `${draftName(requestId)}.dsv`);
        // The previous generation first: a crash between the two must not bring back an older draft.
        for (const target of [file + PREVIOUS_SUFFIX, file]) {
          try {
            await deps.fs.unlink(target);
          } catch (error) {
            if (!isNotFound(error)) throw error;
          }
        }
        await deps.fs.fsyncDir(deps.dir);
      }),
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { isDossierError, type ErrorCode } from '../../../src-main/core/errors.ts';
import { CASE_SCHEMA_VERSION, type Case, type CaseInput } from '../../../src-main/core/model/case.ts';
import { parseCase } from '../../../src-main/core/model/interchange.ts';
import { decryptFile, encryptFile, IV_BYTES } from '../../../src-main/vault/codec.ts';
import { INDEX_FILE, INDEX_FILE_ID, KEYS_FILE } from '../../../src-main/vault/file-names.ts';
import { nodeFsPort, type FsPort } from '../../../src-main/vault/fs-port.ts';
import { decodeIndex, encodeIndex, type IndexEntry } from '../../../src-main/vault/index-file.ts';
import { parseKeyFile } from '../../../src-main/vault/key-file.ts';
import { unwrapWithPassphrase } from '../../../src-main/vault/key-wrap.ts';
import type { KeyStorePort } from '../../../src-main/vault/types.ts';
import { createVault, type VaultOptions } from '../../../src-main/vault/vault.ts';

export const PASSPHRASE = 'correct horse battery staple';
/** Low scrypt cost so the suite stays fast; production uses N = 2^17. */
export const TEST_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };
/** A name that must never appear in a path or in plaintext on disk. */
export const CANARY = 'Zyxwquantrell';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. Returns the (not yet existing) vault path inside it. */
export function tempVaultDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dossier-vault-'));
  dirs.push(root);
  return path.join(root, 'vault');
}

export function sampleCase(id: string, overrides: Partial<CaseInput> = {}): Case {
  return parseCase({
    id,
    kind: 'detention-review',
    matter: { forum: 'IRB-ID', openedAt: '2026-03-10' },
    client: { familyName: CANARY, givenNames: 'Mai', namesInScript: [{ script: 'Hant', value: '黎詠詩' }], uci: '1234-5678' },
    ...overrides,
  });
}

export function testVault(dir: string, extra: Partial<VaultOptions> = {}) {
  return createVault({ dir, scrypt: TEST_SCRYPT, ...extra });
}

export async function newVault(dir: string, extra: Partial<VaultOptions> = {}) {
  const vault = testVault(dir, extra);
  await vault.init({ method: 'passphrase', passphrase: PASSPHRASE });
  return vault;
}

/** Resolves to the error code a promise rejects with, or fails if it resolves. */
export async function codeOf(work: Promise<unknown> | (() => unknown)): Promise<ErrorCode> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    if (isDossierError(error)) return error.code;
    throw error;
  }
  throw new Error('Expected a DossierError, but the call succeeded.');
}

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? [full, ...walk(full)] : [full];
  });
}

/** sha256 of every file under `dir`, keyed by relative path. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    walk(dir)
      .filter((f) => statSync(f).isFile())
      .map((f) => [path.relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

/** The real port, recording every call that changes the disk. */
export function recordingFs(): { fs: FsPort; writes: string[] } {
  const writes: string[] = [];
  const note = (op: string, target: string) => writes.push(`${op} ${target}`);
  const fs: FsPort = {
    ...nodeFsPort,
    writeNewFileDurably: (p, data, mode) => (note('write', p), nodeFsPort.writeNewFileDurably(p, data, mode)),
    writeNewFileFromParts: (p, parts, mode) => (note('write', p), nodeFsPort.writeNewFileFromParts(p, parts, mode)),
    rename: (from, to) => (note('rename', from), nodeFsPort.rename(from, to)),
    unlink: (p) => (note('unlink', p), nodeFsPort.unlink(p)),
    mkdir: (p, mode) => (note('mkdir', p), nodeFsPort.mkdir(p, mode)),
    chmod: (p, mode) => (note('chmod', p), nodeFsPort.chmod(p, mode)),
    copyFile: (from, to) => (note('copy', to), nodeFsPort.copyFile(from, to)),
    removeTree: (p) => (note('removeTree', p), nodeFsPort.removeTree(p)),
  };
  return { fs, writes };
}

export function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

export function fakeKeyStore(initialBackend = 'gnome_libsecret'): KeyStorePort & { backendName: string } {
  const secret = randomBytes(32);
  const store = {
    backendName: initialBackend,
    backend: () => Promise.resolve(store.backendName),
    isAvailable: () => Promise.resolve(true),
    encrypt: (plain: string) =>
      Promise.resolve(new Uint8Array(encryptFile(secret, 'keystore', 1, Buffer.from(plain, 'utf8'), randomBytes(IV_BYTES)))),
    decrypt: (wrapped: Uint8Array) => Promise.resolve(Buffer.from(decryptFile(secret, 'keystore', wrapped).plaintext).toString('utf8')),
  };
  return store;
}

/** Raw access to a passphrase vault's files, for writing states the vault itself never would. */
export async function rawVault(dir: string, passphrase = PASSPHRASE) {
  const key = await unwrapWithPassphrase(parseKeyFile(readFileSync(path.join(dir, KEYS_FILE))), passphrase);
  const read = (name: string, fileId: string) => decryptFile(key, fileId, readFileSync(path.join(dir, name)));
  const write = (name: string, fileId: string, schemaVersion: number, plaintext: Uint8Array) =>
    writeFileSync(path.join(dir, name), encryptFile(key, fileId, schemaVersion, plaintext, randomBytes(IV_BYTES)), { mode: 0o600 });
  return {
    key,
    read,
    write,
    readIndex: (): IndexEntry[] => decodeIndex(read(INDEX_FILE, INDEX_FILE_ID).plaintext),
    writeIndex: (entries: IndexEntry[], schemaVersion = CASE_SCHEMA_VERSION) =>
      write(INDEX_FILE, INDEX_FILE_ID, schemaVersion, encodeIndex(entries)),
  };
}

export function caseFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => /^c-[0-9a-f]{32}\.dsv$/.test(n));
}

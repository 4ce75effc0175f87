import { createHash } from 'node:crypto';
import { BoundedLru } from '../core/bounded-lru.ts';
import type { VaultApi } from '../vault/types.ts';

/**
 * Generated documents already printed, so an unchanged document is never printed twice: in
 * memory for the unlocked session (least recently used first out, bounded by bytes), and in
 * the vault so the first build after an unlock finds them too. On disk each print is an
 * encrypted blob (the vault's own atomic blob write), listed in the encrypted `print-cache`
 * record with the case it belongs to, its hash and when it was last used; the oldest go first
 * past the disk bound. A cache entry is an optimisation only: one that cannot be read (a missing
 * blob, a wrong hash, an unreadable list) is dropped and the document printed again, and a
 * failed write leaves the build as it was.
 */
export interface PrintCache {
  /** The print stored for the case under `key`, or undefined. Never throws. */
  get(caseId: string, key: string): Promise<Uint8Array | undefined>;
  /** Keeps a print; stored in the vault in the background (see `flush`). Never throws. */
  put(caseId: string, key: string, pdf: Uint8Array): void;
  /** Forgets the case's prints, in memory and in the vault (the case is being deleted). */
  purgeCase(caseId: string): Promise<void>;
  /** The blob ids the stored prints use: no case refers to them, and the vault check must keep them. */
  blobIds(): Promise<ReadonlySet<string>>;
  /** Forgets everything in memory (on lock, after a vault restore); the vault's copy stays. */
  clear(): void;
  /** Waits for the writes in flight. */
  flush(): Promise<void>;
}

/** What the cache needs of the vault: its vault-wide records and its blob store. */
export type PrintCacheVault = Pick<VaultApi, 'readRecord' | 'writeRecord' | 'putBlob' | 'getBlob' | 'sweepBlobs'>;

export interface PrintCacheOptions {
  readonly vault: PrintCacheVault;
  readonly now: () => Date;
  /** Memory bound; 64 MB unless given. */
  readonly memoryBytes?: number;
  /** Disk bound; 64 MB unless given (backups copy the vault's blobs, these too). */
  readonly diskBytes?: number;
}

interface StoredPrint {
  readonly caseId: string;
  readonly key: string;
  readonly blobId: string;
  readonly sha256: string;
  readonly bytes: number;
  usedAt: string;
}

interface PrintList {
  readonly v: 1;
  readonly entries: StoredPrint[];
}

const RECORD = 'print-cache';
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const slot = (caseId: string, key: string): string => `${caseId}\n${key}`;

function parseList(bytes: Uint8Array | undefined): StoredPrint[] {
  if (bytes === undefined) return [];
  const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<PrintList>;
  if (value.v !== 1 || !Array.isArray(value.entries)) return [];
  return value.entries.filter(
    (e): e is StoredPrint =>
      typeof e.caseId === 'string' &&
      typeof e.key === 'string' &&
      typeof e.blobId === 'string' &&
      typeof e.sha256 === 'string' &&
      typeof e.bytes === 'number' &&
      typeof e.usedAt === 'string',
  );
}

export function createPrintCache(options: PrintCacheOptions): PrintCache {
  const memoryLimit = options.memoryBytes ?? 64 * 2 ** 20;
  const diskLimit = options.diskBytes ?? 64 * 2 ** 20;
  const vault = options.vault;
  const memory = new BoundedLru<Uint8Array>({ maxBytes: memoryLimit, sizeOf: (pdf) => pdf.byteLength });
  /** The vault's list, read once per unlocked session; undefined until first needed. */
  let list: Promise<Map<string, StoredPrint>> | undefined;
  /** Each clear starts a generation: writes queued before it never land after it. */
  let generation = 0;
  let writes: Promise<void> = Promise.resolve();
  let listDirty = false;

  /** A print larger than the whole memory bound is left to the vault's copy. */
  const remember = (id: string, pdf: Uint8Array): void => {
    if (pdf.byteLength <= memoryLimit) memory.set(id, pdf);
    else memory.delete(id);
  };

  const stored = (): Promise<Map<string, StoredPrint>> => {
    list ??= vault
      .readRecord(RECORD)
      .then(parseList)
      .catch(() => [])
      .then((entries) => new Map(entries.map((e) => [slot(e.caseId, e.key), e])));
    return list;
  };

  /** Runs a write after those before it, unless a clear came in between; its failure is swallowed. */
  const queue = (write: (entries: Map<string, StoredPrint>) => Promise<void>): Promise<void> => {
    const mine = generation;
    writes = writes.then(async () => {
      if (mine !== generation) return;
      try {
        await write(await stored());
      } catch {
        // The cache is an optimisation: a vault that cannot be written (locked, read-only, full) only loses it.
      }
    });
    return writes;
  };

  const saveList = async (entries: Map<string, StoredPrint>): Promise<void> => {
    if (!listDirty) return;
    listDirty = false;
    const value: PrintList = { v: 1, entries: [...entries.values()] };
    await vault.writeRecord(RECORD, new TextEncoder().encode(JSON.stringify(value)));
  };

  /** Removes entries from the list, then their blobs once the list no longer names them. */
  const drop = async (entries: Map<string, StoredPrint>, gone: readonly StoredPrint[]): Promise<void> => {
    if (gone.length === 0) return;
    for (const e of gone) entries.delete(slot(e.caseId, e.key));
    listDirty = true;
    await saveList(entries);
    await vault.sweepBlobs(
      gone.map((e) => e.blobId),
      new Set([...entries.values()].map((e) => e.blobId)),
    );
  };

  const readStored = async (id: string): Promise<Uint8Array | undefined> => {
    const entries = await stored();
    const entry = entries.get(id);
    if (entry === undefined) return undefined;
    try {
      const pdf = await vault.getBlob(entry.blobId);
      if (pdf.byteLength !== entry.bytes || sha256(pdf) !== entry.sha256) throw new Error('The stored print does not match its hash.');
      entry.usedAt = options.now().toISOString();
      listDirty = true;
      void queue(saveList);
      return pdf;
    } catch {
      void queue((current) => drop(current, [entry]));
      return undefined;
    }
  };

  return {
    async get(caseId, key) {
      const id = slot(caseId, key);
      const hit = memory.get(id);
      if (hit !== undefined) return hit;
      const pdf = await readStored(id).catch(() => undefined);
      if (pdf !== undefined) remember(id, pdf);
      return pdf;
    },
    put(caseId, key, pdf) {
      const id = slot(caseId, key);
      remember(id, pdf);
      void queue(async (entries) => {
        if (entries.has(id)) return;
        const ref = await vault.putBlob(pdf);
        entries.set(id, { caseId, key, blobId: ref.blobId, sha256: ref.sha256, bytes: ref.bytes, usedAt: options.now().toISOString() });
        listDirty = true;
        // Oldest use first out, until the prints fit the disk bound.
        const byAge = [...entries.values()].sort((a, b) => a.usedAt.localeCompare(b.usedAt));
        let total = byAge.reduce((sum, e) => sum + e.bytes, 0);
        const gone: StoredPrint[] = [];
        for (const e of byAge) {
          if (total <= diskLimit) break;
          gone.push(e);
          total -= e.bytes;
        }
        if (gone.length > 0) await drop(entries, gone);
        else await saveList(entries);
      });
    },
    async purgeCase(caseId) {
      for (const id of memory.keys()) if (id.startsWith(`${caseId}\n`)) memory.delete(id);
      await queue((entries) =>
        drop(
          entries,
          [...entries.values()].filter((e) => e.caseId === caseId),
        ),
      );
    },
    async blobIds() {
      await writes;
      return new Set([...(await stored()).values()].map((e) => e.blobId));
    },
    clear() {
      generation += 1;
      memory.clear();
      list = undefined;
      listDirty = false;
    },
    flush: () => writes,
  };
}

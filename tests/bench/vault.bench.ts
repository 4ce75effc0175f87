/**
 * Vault benchmarks with 1,000 generated cases: unlock + list, search across the index, and one
 * fsynced save beside the same save through plain `conf` (unencrypted JSON, atomic write).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import type { Case } from '../../src-main/core/model/case.ts';
import { parseCase } from '../../src-main/core/model/interchange.ts';
import { foldForSearch } from '../../src-main/core/names.ts';
import { decryptFile, encryptFile } from '../../src-main/vault/codec.ts';
import type { CaseSummary, KeyStorePort, VaultApi } from '../../src-main/vault/types.ts';
import { createVault } from '../../src-main/vault/vault.ts';
import { medianMs, type BenchRow } from './stats.ts';

const CASES = 1_000;
const PASSPHRASE = 'benchmark passphrase';
const families = ['Nguyễn', 'Lai', 'Srisuk', 'Okafor', 'Haddad', 'Kowalski', 'García', 'Trần', 'Mensah', 'Rahimi', 'Ochieng', 'Dubois'];
const givens = [
  'Thị Lan',
  'Wing-sze',
  'Kanokwan',
  'Chiamaka',
  'Yusuf',
  'Agnieszka',
  'María José',
  'Văn Minh',
  'Kwame',
  'Leila',
  'Achieng',
  'Élodie',
];
const scripts = [
  { script: 'Hant', value: '黎詠詩' },
  { script: 'Thai', value: 'กนกวรรณ ศรีสุข' },
  { script: 'Arab', value: 'یوسف حداد' },
];

function generatedCase(i: number): Case {
  const script = scripts[i % 7];
  return parseCase({
    id: `bench-case-${String(i).padStart(5, '0')}`,
    kind: i % 3 === 0 ? 'hc' : 'detention-review',
    archived: i % 10 === 0,
    matter: {
      forum: i % 3 === 0 ? 'IRCC' : 'IRB-ID',
      openedAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    },
    client: {
      familyName: `${families[i % families.length] ?? ''}${i % 50}`,
      givenNames: givens[(i * 7) % givens.length] ?? '',
      namesInScript: script ? [script] : [],
      aliases: [`Alias ${i}`],
      uci: `${String(10_000_000 + i)}`,
    },
    timeline: Array.from({ length: 8 }, (_, k) => ({
      id: `event-${String(k).padStart(4, '0')}`,
      when: { year: 2020 + (k % 5) },
      category: 'other',
      summary: `Event ${k} of case ${i}. `.repeat(6),
    })),
    notes: 'Working notes. '.repeat(60),
  });
}

/** A keychain stand-in with the cost profile of safeStorage's local AES: no prompt, no KDF. */
function benchKeyStore(): KeyStorePort {
  const secret = randomBytes(32);
  return {
    backend: () => Promise.resolve('gnome_libsecret'),
    isAvailable: () => Promise.resolve(true),
    encrypt: (plain) => Promise.resolve(encryptFile(secret, 'keystore', 1, Buffer.from(plain, 'utf8'), randomBytes(12))),
    decrypt: (wrapped) => Promise.resolve(Buffer.from(decryptFile(secret, 'keystore', wrapped).plaintext).toString('utf8')),
  };
}

async function populate(vault: VaultApi, cases: readonly Case[]): Promise<void> {
  for (const c of cases) await vault.writeCase(c, 0);
}

function search(summaries: readonly CaseSummary[], query: string): CaseSummary[] {
  const q = foldForSearch(query);
  return summaries.filter((s) => q === '' || s.searchNames.some((n) => n.includes(q)));
}

export async function benchVault(): Promise<BenchRow[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'dossier-bench-vault-'));
  try {
    const cases = Array.from({ length: CASES }, (_, i) => generatedCase(i));
    const keyStore = benchKeyStore();
    const keychainDir = path.join(root, 'keychain');
    const passphraseDir = path.join(root, 'passphrase');
    const keychainVault = createVault({ dir: keychainDir, keyStore });
    await keychainVault.init({ method: 'keychain' });
    await populate(keychainVault, cases);
    const passphraseVault = createVault({ dir: passphraseDir });
    await passphraseVault.init({ method: 'passphrase', passphrase: PASSPHRASE });
    await populate(passphraseVault, cases);
    passphraseVault.lock();

    const openKeychain = await medianMs(async () => {
      const vault = createVault({ dir: keychainDir, keyStore });
      await vault.unlock({ method: 'keychain' });
      if ((await vault.listCases()).length !== CASES) throw new Error('list incomplete');
      vault.lock();
    });
    const openPassphrase = await medianMs(async () => {
      const vault = createVault({ dir: passphraseDir });
      await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
      if ((await vault.listCases()).length !== CASES) throw new Error('list incomplete');
      vault.lock();
    }, 5);

    const queries = ['nguyen', 'NGUYỄN THỊ', 'kanokwan', '黎詠詩', 'alias 999', 'élodie', 'no such client'];
    const searchMs = await medianMs(async () => {
      for (const q of queries) search(await keychainVault.listCases(), q);
    });

    let revision = (await keychainVault.readCase(cases[500]?.id ?? '')).revision;
    const target = cases[500];
    if (!target) throw new Error('no case to save');
    const saveMs = await medianMs(
      async () => {
        revision = (await keychainVault.writeCase({ ...target, notes: `Edited at ${revision}` }, revision)).revision;
      },
      15,
      2,
    );

    const conf = new Conf<{ cases: Record<string, Case> }>({ cwd: path.join(root, 'conf'), projectName: 'bench' });
    conf.set('cases', Object.fromEntries(cases.map((c) => [c.id, c])));
    let edits = 0;
    const confSaveMs = await medianMs(
      () => {
        edits += 1;
        conf.set(`cases.${target.id}`, { ...target, notes: `Edited at ${edits}` });
      },
      15,
      2,
    );
    keychainVault.lock();

    return [
      { name: `vault: unlock (keychain) + list, ${CASES} cases`, medianMs: openKeychain, target: '≤ 300 ms', targetMs: 300 },
      {
        name: `vault: unlock (passphrase, scrypt N=2^17) + list, ${CASES} cases`,
        medianMs: openPassphrase,
        target: 'none: scrypt N=2^17 alone costs about 0.4 s by design',
      },
      {
        name: `vault: search ${queries.length} names across the index, ${CASES} cases`,
        medianMs: searchMs,
        target: '≤ 100 ms',
        targetMs: 100,
      },
      {
        name: `vault: save one case (encrypt, fsync, keep .prev, index) in ${CASES}`,
        medianMs: saveMs,
        target: '≤ 30 ms',
        targetMs: 30,
        peerName: `conf 16: set one case in a ${CASES}-case store (plain JSON)`,
        peerMedianMs: confSaveMs,
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

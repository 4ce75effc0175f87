import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../src-main/core/model/case.ts';
import { textPdf } from '../../fixtures/exhibits/make-exhibits.ts';
import { findPlaintext } from '../../e2e/vault-walk.ts';
import { blobFiles, fixture, openVault, transferPass, type TestVault } from './helpers.ts';

const condition = 'Condition 3: Appear for every examination, hearing and removal when required.';
const edited = 'Condition 3: Appear at every step CANARY-WORDING-7731, as the Minister requires.';
const canaries = ['CANARY-EXHIBIT-4410', 'CANARY-WORDING-7731', 'Wing-sze'];
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

let sender: TestVault;
let receiver: TestVault;
let originals: Uint8Array[];
let transfer: string;
const caseId = 'case1-lai-wing-sze';

beforeAll(async () => {
  sender = await openVault('dossier-transfer-a-');
  receiver = await openVault('dossier-transfer-b-');
  await sender.ok('caseImport', { file: fixture('case1-lai.json') });
  originals = [await textPdf('CANARY-EXHIBIT-4410 letter', 2), await textPdf('Second exhibit', 1)];
  for (const [i, bytes] of originals.entries())
    await sender.ok('exhibitImport', { caseId, fileName: `exhibit-${i}.pdf`, bytes: b64(bytes), date: '2026-03' });
  await sender.ok('wordingEditSave', { caseId, kind: 'release-plan', lang: 'en', original: condition, text: edited });
  const stored = await sender.services.vault.readCase(caseId);
  const build = {
    id: 'build-0001',
    builtAt: '2026-03-19T15:00:00.000Z',
    preset: 'detention-release-plan',
    manifestSha256: 'a'.repeat(64),
    folder: '/home/counsel/Clients/Lai Wing-sze/packets',
  };
  await sender.services.vault.writeCase({ ...stored.case, builds: [build] } as Case, stored.revision);
  const made = await sender.ok<{ base64: string; exhibits: number; saved: boolean }>('caseTransferExport', {
    id: caseId,
    passphrase: transferPass,
    save: 'bytes',
  });
  expect(made).toMatchObject({ exhibits: 2, saved: false });
  transfer = made.base64;
});
afterAll(async () => {
  for (const v of [sender, receiver]) {
    await v.services.dispose();
    rmSync(v.dir, { recursive: true, force: true });
  }
});

describe('a sealed case transfer', () => {
  it('holds no plaintext of the case', () => {
    const bytes = Buffer.from(transfer, 'base64');
    for (const canary of canaries) expect(bytes.includes(Buffer.from(canary))).toBe(false);
  });

  it('arrives in another vault whole: exhibits byte-identical, wording edits and build history kept (without the build folder)', async () => {
    const imported = await receiver.ok<{ status: string; id: string; exhibits: number; renamedFrom?: string }>('caseTransferImport', {
      passphrase: transferPass,
      base64: transfer,
    });
    expect(imported).toMatchObject({ status: 'imported', id: caseId, exhibits: 2 });
    expect(imported.renamedFrom).toBeUndefined();
    const a = (await sender.services.vault.readCase(caseId)).case;
    const b = (await receiver.services.vault.readCase(caseId)).case;
    expect(b.wordingEdits).toEqual(a.wordingEdits);
    expect(b.wordingEdits?.[0]?.edits[0]?.text).toBe(edited);
    expect(a.builds[0]?.folder).toBe('/home/counsel/Clients/Lai Wing-sze/packets');
    const { folder: _folder, ...sent } = a.builds[0] ?? { folder: '' };
    expect(b.builds).toEqual([sent]);
    expect(b.builds[0]?.folder).toBeUndefined();
    const withFiles = b.exhibits.filter((e) => e.blobId !== undefined);
    expect(withFiles).toHaveLength(2);
    for (const [i, exhibit] of withFiles.entries()) {
      const before = a.exhibits.find((e) => e.id === exhibit.id);
      expect(exhibit.sha256).toBe(before?.sha256);
      const bytes = await receiver.services.vault.getBlob(exhibit.blobId ?? '');
      expect(Buffer.from(bytes).equals(Buffer.from(await sender.services.vault.getBlob(before?.blobId ?? '')))).toBe(true);
      expect(Buffer.from(bytes).equals(Buffer.from(originals[i] ?? new Uint8Array()))).toBe(true);
    }
    const walk = await findPlaintext(receiver.dir, canaries);
    expect(walk.files).toBeGreaterThan(3);
    expect(walk.hits).toEqual([]);
  });

  it('never overwrites a case: a second import, and one into the sending vault, get a new id', async () => {
    const again = await receiver.ok<{ id: string; renamedFrom?: string }>('caseTransferImport', {
      passphrase: transferPass,
      base64: transfer,
    });
    expect(again.renamedFrom).toBe(caseId);
    expect(again.id).not.toBe(caseId);
    const same = await sender.ok<{ id: string; renamedFrom?: string }>('caseTransferImport', {
      passphrase: transferPass,
      base64: transfer,
    });
    expect(same.renamedFrom).toBe(caseId);
    const ids = (await receiver.services.vault.listCases()).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([caseId, again.id]));
    // Each copy has blobs of its own: deleting one leaves the other's exhibits readable.
    expect(blobFiles(receiver.dir)).toHaveLength(4);
    await receiver.ok('caseDelete', { id: again.id, confirm: true });
    expect(blobFiles(receiver.dir)).toHaveLength(2);
    for (const e of (await receiver.services.vault.readCase(caseId)).case.exhibits)
      if (e.blobId !== undefined) expect((await receiver.services.vault.getBlob(e.blobId)).length).toBeGreaterThan(0);
    const walk = await findPlaintext(receiver.dir, canaries);
    expect(walk.hits).toEqual([]);
  });

  it('tells a draft left behind', async () => {
    const stored = await sender.services.vault.readCase(caseId);
    await sender.ok('caseDraftSave', { id: caseId, revision: stored.revision, draft: { typed: 'half a sentence' } });
    const made = await sender.ok<{ draftLeftBehind: boolean }>('caseTransferExport', {
      id: caseId,
      passphrase: transferPass,
      save: 'bytes',
    });
    expect(made.draftLeftBehind).toBe(true);
  });
});

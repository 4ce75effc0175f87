import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { caseFiles, newVault, PASSPHRASE, sampleCase, testVault, tempVaultDir } from './support.ts';

const typed = { ...sampleCase('case-0001'), notes: 'draft as typed', people: [{ id: 'p-1', familyName: '', roles: ['bondsperson'] }] };

describe("a case's draft", () => {
  it('is kept beside the last valid case, encrypted in its file, until a save clears it', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    const created = await vault.writeCase(sampleCase('case-0001'), 0);
    const kept = await vault.writeCase(created.case, created.revision, typed);
    expect(kept.revision).toBe(2);
    expect(kept.case).toEqual(created.case);

    const reopened = testVault(dir);
    await reopened.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect((await reopened.readCase('case-0001')).draft).toEqual(typed);
    for (const file of caseFiles(dir)) expect(readFileSync(path.join(dir, file)).includes(Buffer.from('draft as typed'))).toBe(false);

    // A write from elsewhere (archiving, an import) keeps it; a valid save from the editor clears it.
    const archived = await reopened.writeCase({ ...created.case, archived: true }, 2);
    expect(archived.draft).toEqual(typed);
    const saved = await reopened.writeCase({ ...created.case, notes: 'fixed' }, 3, null);
    expect(saved.draft).toBeUndefined();
    expect((await reopened.readCase('case-0001')).draft).toBeUndefined();
  });
});

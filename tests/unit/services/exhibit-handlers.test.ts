import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  channels,
  contract,
  type Channel,
  type ExhibitBatchDto,
  type ExhibitImportedDto,
  type Result,
} from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { DialogPort, Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';
import { textPdf } from '../../fixtures/exhibits/make-exhibits.ts';

const scrypt = { N: 2 ** 10, r: 8, p: 1 };
let dir: string;
let picked: string[];
let services: Services;
let caseId: string;

const dialog: DialogPort = {
  pickFiles: () => Promise.resolve(picked),
  pickDirectory: () => Promise.resolve(null),
  saveFile: () => Promise.resolve(null),
};

function open(withDialog: boolean): Services {
  return createNodeServices({
    dataDir: path.join(dir, 'vault'),
    settings: createMemorySettings(),
    scrypt,
    ...(withDialog ? { dialog } : {}),
  });
}

async function call<T>(channel: Channel, input?: unknown, s: Services = services): Promise<Result<T>> {
  return (await invokeChannel(s.handlers, channel, input)) as Result<T>;
}

async function ok<T>(channel: Channel, input?: unknown, s: Services = services): Promise<T> {
  const result = await call<T>(channel, input, s);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-exhibit-handlers-'));
  picked = [];
  services = open(true);
  await ok('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
  const created = await ok<{ case: { id: string } }>('caseCreate', { kind: 'hc', name: { familyName: 'Test', givenNames: 'Exhibit' } });
  caseId = created.case.id;
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('exhibitImport', () => {
  it('imports bytes sent as a Uint8Array or as base64, with the details given', async () => {
    const pdf = await textPdf('Letter', 2);
    const a = await ok<ExhibitImportedDto>('exhibitImport', { caseId, fileName: 'letter.pdf', bytes: pdf, date: '2025-03', lang: 'en' });
    expect(a.exhibit).toMatchObject({ title: 'letter', pages: 2, lang: 'en', mime: 'application/pdf' });
    expect(a.exhibit.date?.original).toBe('2025-03');
    const b = await ok<ExhibitImportedDto>('exhibitImport', {
      caseId,
      fileName: 'second.pdf',
      bytes: base64(pdf),
      title: 'Support letter',
    });
    expect(b.exhibit.title).toBe('Support letter');
    const stored = await ok<{ case: { exhibits: { id: string }[] } }>('caseGet', { id: caseId });
    expect(stored.case.exhibits.map((e) => e.id)).toEqual([a.exhibit.id, b.exhibit.id]);
  });

  it('keeps only the last segment of a file name, never a path', () => {
    const parsed = contract.exhibitImport.input.parse({ caseId, fileName: '../../etc/pass\u0000wd.pdf', bytes: 'JVBERi0=' });
    expect(parsed.fileName).toBe('passwd.pdf');
    expect(contract.exhibitImport.input.parse({ caseId, fileName: 'C:\\Users\\a\\scan.jpg', bytes: '' }).fileName).toBe('scan.jpg');
    expect(contract.exhibitImport.input.safeParse({ caseId, fileName: 'x/..', bytes: '' }).success).toBe(false);
    expect(contract.exhibitImport.input.safeParse({ caseId, fileName: 'a.pdf', bytes: 'not base64!' }).success).toBe(false);
    expect(contract.exhibitImport.input.parse({ caseId, fileName: 'a.pdf', bytes: 'SGVsbG8=' }).bytes).toEqual(
      new TextEncoder().encode('Hello'),
    );
  });

  it('answers a typed error naming the file for a non-PDF named .pdf, and stores nothing', async () => {
    const result = await call('exhibitImport', { caseId, fileName: 'notes.pdf', bytes: base64(new TextEncoder().encode('just text')) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('UNSUPPORTED_FORMAT');
      expect(result.error.message).toContain('notes.pdf');
    }
    const stored = await ok<{ case: { exhibits: unknown[] } }>('caseGet', { id: caseId });
    expect(stored.case.exhibits).toEqual([]);
  });

  it('no channel takes a path from the renderer', () => {
    for (const channel of channels) {
      const shape = contract[channel].input;
      const keys = 'shape' in shape && typeof shape.shape === 'object' && shape.shape !== null ? Object.keys(shape.shape) : [];
      expect(
        keys.filter((k) => /path|dir|folder/i.test(k)),
        channel,
      ).toEqual([]);
    }
  });
});

describe('exhibitPickAndImport', () => {
  it('imports what the dialog chose and reports each bad file by name', async () => {
    const good = path.join(dir, 'good.pdf');
    const bad = path.join(dir, 'bad.pdf');
    writeFileSync(good, await textPdf('Good', 1));
    writeFileSync(bad, 'not a pdf at all');
    picked = [good, bad];
    const batch = await ok<ExhibitBatchDto>('exhibitPickAndImport', { caseId });
    expect(batch.chosen).toBe(true);
    expect(batch.imported.map((i) => [i.fileName, i.exhibit.pages])).toEqual([['good.pdf', 1]]);
    expect(batch.failed).toEqual([
      { fileName: 'bad.pdf', error: { code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('bad.pdf') as unknown } },
    ]);
  });

  it('says nothing was chosen when the dialog is closed', async () => {
    expect(await ok<ExhibitBatchDto>('exhibitPickAndImport', { caseId })).toEqual({ chosen: false, imported: [], failed: [] });
  });

  it('answers a typed error when there is no dialog', async () => {
    const plain = open(false);
    await ok('vaultUnlock', { passphrase: 'correct horse battery staple' }, plain);
    const result = await call('exhibitPickAndImport', { caseId }, plain);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await plain.dispose();
  });
});

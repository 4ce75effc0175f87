import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ExhibitBatchDto, Result } from '../../../src-main/ipc/contract.ts';
import type { OcrJobStatusDto } from '../../../src-main/ipc/contract-evidence.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { DialogPort, Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';
import { textPdf } from '../../fixtures/exhibits/make-exhibits.ts';

let dir: string;
let picked: string[] = [];
let services: Services;
let caseId = '';

const dialog: DialogPort = {
  pickFiles: () => Promise.resolve(picked),
  pickDirectory: () => Promise.resolve(null),
  saveFile: () => Promise.resolve(null),
};

async function ok<T>(channel: Channel, input?: unknown): Promise<T> {
  const result = (await invokeChannel(services.handlers, channel, input)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-evidence-handlers-'));
  services = createNodeServices({
    dataDir: path.join(dir, 'vault'),
    settings: createMemorySettings(),
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
    dialog,
  });
  await ok('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
  caseId = (await ok<{ case: { id: string } }>('caseCreate', { kind: 'hc', name: { familyName: 'Test', givenNames: 'Evidence' } })).case.id;
  writeFileSync(path.join(dir, 'disclosure.pdf'), await textPdf('Disclosure', 5));
});
afterAll(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('evidence channels', () => {
  it('opens a disclosure in the main process, sends small page images, and cuts it into exhibits the case then searches', async () => {
    picked = [path.join(dir, 'disclosure.pdf')];
    const opened = await ok<{ picked: true; token: string; pages: number; sizes: unknown[]; bookmarkParts: unknown[] }>('disclosurePick', {
      caseId,
    });
    expect(opened).toMatchObject({ picked: true, pages: 5, bookmarkParts: [] });
    // Every page's shape, for the blanks shown until its thumbnail scrolls into view.
    expect(opened.sizes).toHaveLength(5);
    expect(opened.sizes[0]).toEqual({ width: 612, height: 792 });
    const thumbnails = await ok<{ page: number; dataUrl: string }[]>('disclosurePages', { token: opened.token, from: 2, to: 3 });
    expect(thumbnails.map((t) => t.page)).toEqual([2, 3]);
    expect(thumbnails[0]?.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    const split = await ok<ExhibitBatchDto>('disclosureSplit', {
      token: opened.token,
      parts: [
        { first: 1, last: 2, title: 'Arrest report', date: '2025-03-04' },
        { first: 3, last: 5, title: 'Officer notes' },
      ],
    });
    expect(split.failed).toEqual([]);
    expect(split.imported.map((i) => [i.exhibit.title, i.exhibit.pages, i.exhibit.date?.year])).toEqual([
      ['Arrest report', 2, 2025],
      ['Officer notes', 3, undefined],
    ]);
    const result = await invokeChannel(services.handlers, 'disclosurePages', { token: opened.token, from: 1, to: 1 });
    expect(result.ok).toBe(false);

    const search = await ok<{ hits: { kind: string; title?: string; page?: number }[] }>('caseSearch', {
      caseId,
      query: 'Disclosure - page 4',
    });
    expect(search.hits).toEqual([expect.objectContaining({ kind: 'exhibit', title: 'Officer notes', page: 2 })]);
  });

  it('says when the dialog was closed', async () => {
    picked = [];
    expect(await ok('disclosurePick', { caseId })).toEqual({ picked: false });
  });

  it('runs OCR as a job that can be cancelled, leaving the exhibit unchanged', async () => {
    const exhibits = (await ok<{ case: { exhibits: { id: string; title: string }[] } }>('caseGet', { id: caseId })).case.exhibits;
    const exhibitId = exhibits[0]?.id ?? '';
    const { jobId } = await ok<{ jobId: string }>('exhibitOcrStart', { caseId, exhibitId, lang: 'eng', allPages: true });
    await ok('exhibitOcrCancel', { jobId });
    let status = await ok<OcrJobStatusDto>('exhibitOcrStatus', { jobId });
    for (let i = 0; i < 200 && status.state === 'running'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = await ok<OcrJobStatusDto>('exhibitOcrStatus', { jobId });
    }
    expect(status.state).toBe('cancelled');
    expect(status.error?.message).toMatch(/cancelled/u);
    const after = (await ok<{ case: { exhibits: { id: string; ocr?: unknown }[] } }>('caseGet', { id: caseId })).case.exhibits;
    expect(after.find((e) => e.id === exhibitId)?.ocr).toBeUndefined();
  });
});

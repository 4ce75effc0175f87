import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExhibitImportedDto } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import { openTestServices, type TestServices } from '../../helpers/services.ts';
import { textPdf } from '../../fixtures/exhibits/make-exhibits.ts';

let dir: string;
let app: TestServices;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-viewer-handlers-'));
  app = await openTestServices(path.join(dir, 'vault'), { passphrase: 'correct horse battery staple' });
});
afterEach(async () => {
  await app.services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the viewer channels', () => {
  it('open an imported exhibit, answer a PNG page and hits, and lose every view when the vault locks', async () => {
    const created = (await app.call('caseCreate', { kind: 'hc', name: { familyName: 'Test', givenNames: 'Viewer' } })) as {
      case: { id: string };
    };
    const caseId = created.case.id;
    const imported = (await app.call('exhibitImport', {
      caseId,
      fileName: 'letter.pdf',
      bytes: await textPdf('Support letter', 3),
    })) as ExhibitImportedDto;
    const opened = (await app.call('viewerOpen', { kind: 'exhibit', caseId, exhibitId: imported.exhibit.id })) as {
      sessionId: string;
      pages: unknown[];
      shows: string;
    };
    expect(opened.pages).toHaveLength(3);
    expect(opened.shows).toBe('original');
    const page = (await app.call('viewerPage', { sessionId: opened.sessionId, pageIndex: 2, scale: 0.2 })) as {
      base64: string;
      width: number;
    };
    expect(Buffer.from(page.base64, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(page.width).toBe(Math.round(612 * 0.2));
    const found = (await app.call('viewerSearch', { sessionId: opened.sessionId, query: 'support LETTER - page 3' })) as {
      hits: { pageIndex: number; rects: unknown[] }[];
    };
    expect(found.hits.map((h) => h.pageIndex)).toEqual([2]);
    expect(found.hits[0]?.rects).toHaveLength(1);

    await app.call('vaultLock');
    const after = await invokeChannel(app.services.handlers, 'viewerPage', { sessionId: opened.sessionId, pageIndex: 0, scale: 0.2 });
    expect(after).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await invokeChannel(app.services.handlers, 'viewerPage', { sessionId: opened.sessionId, pageIndex: 0, scale: 9 })).toMatchObject(
      {
        ok: false,
        error: { code: 'VALIDATION' },
      },
    );
  });
});

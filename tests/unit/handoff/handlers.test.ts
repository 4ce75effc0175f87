import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Output, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', name), 'utf8'));
const scrypt = { N: 2 ** 12, r: 8, p: 1 };
const vaultPassphrase = 'correct horse battery staple';
const bundlePassphrase = 'shared by phone 4417';
// After every date the fixture cases hold (Case 2's application went in on 2026-06-15).
const now = () => new Date(2026, 5, 20, 10, 0, 0);

let dir: string;
let advocate: Services;
let interpreter: Services;

async function call<C extends Channel>(s: Services, channel: C, input?: unknown): Promise<Result<Output<C>>> {
  return (await invokeChannel(s.handlers, channel, input, { onActivity: s.onActivity })) as Result<Output<C>>;
}
async function ok<C extends Channel>(s: Services, channel: C, input?: unknown): Promise<Output<C>> {
  const result = await call(s, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-handoff-'));
  const make = (name: string) => createNodeServices({ dataDir: path.join(dir, name), settings: createMemorySettings(), scrypt, now });
  advocate = make('advocate');
  interpreter = make('interpreter');
  await ok(advocate, 'vaultCreate', { method: 'passphrase', passphrase: vaultPassphrase });
  await ok(interpreter, 'vaultCreate', { method: 'passphrase', passphrase: vaultPassphrase });
  await ok(advocate, 'caseImport', { file: fixture('case1-lai.json') });
});
afterEach(async () => {
  await advocate.dispose();
  await interpreter.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const english = ['My name is LAI Wing-sze. I was born on 2 November 1991.', 'I came to Canada last December as a visitor.'];

async function roundTrip(caseId: string, itemId: string) {
  const exported = await ok(advocate, 'handoffExport', { caseId, itemId, passphrase: bundlePassphrase });
  const opened = await ok(interpreter, 'handoffOpenRequest', { bytes: exported.base64, passphrase: bundlePassphrase });
  return { exported, opened };
}

const declaration = {
  translatorName: 'WONG Mei-ling',
  languageAndDialect: 'Chinese (Cantonese), Traditional script, into English',
  accuracyStatement: 'The translation is accurate.',
  signedAt: '2026-03-20',
};

describe('hand-off channels', () => {
  it('carries a statement advocate → interpreter → advocate, and the translation lands with its declaration', async () => {
    const { exported, opened } = await roundTrip('case1-lai-wing-sze', 'st-client-1');
    expect(exported.fileName).toMatch(/^translation-request-[0-9a-f]{8}\.dossier$/);
    expect(opened.items).toHaveLength(1);
    const item = opened.items[0];
    expect(item).toMatchObject({ itemId: 'st-client-1', kind: 'statement', sourceLang: 'yue-Hant', sourceDir: 'ltr', targetLang: 'en' });
    expect(item?.paragraphs.map((p) => p.key)).toEqual(['1', '2']);
    expect(item?.declaration?.requires).toEqual(['translatorName', 'languageAndDialect', 'accuracyStatement', 'signature']);
    expect(opened.translator).toMatchObject({ familyName: 'Wong', givenNames: 'Mei-ling' });

    const response = await ok(interpreter, 'handoffRespond', {
      bytes: exported.base64,
      passphrase: bundlePassphrase,
      translations: [{ itemId: 'st-client-1', paragraphs: english }],
      translator: { familyName: 'Wong', givenNames: 'Mei-ling' },
      declaration,
    });
    expect(response.fileName).toMatch(/^translation-response-/);
    const imported = await ok(advocate, 'handoffImport', { bytes: response.base64, passphrase: bundlePassphrase });
    expect(imported).toMatchObject({ status: 'attached', caseId: 'case1-lai-wing-sze', itemIds: ['st-client-1'] });
    const stored = await ok(advocate, 'caseGet', { id: 'case1-lai-wing-sze' });
    const translation = stored.case.statements[0]?.translations[0];
    expect(translation?.paragraphs).toEqual(english);
    expect(translation?.translatorId).toBe('p-wong-mei-ling');
    expect(translation?.declaration).toMatchObject({ ...declaration, typedSignature: 'WONG Mei-ling' });
    expect(translation?.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(translation?.handoff?.bundleId).toBe(response.bundleId);
  });

  it('shows how the source changed since the request and attaches only when accepted', async () => {
    const { exported } = await roundTrip('case1-lai-wing-sze', 'st-client-1');
    const response = await ok(interpreter, 'handoffRespond', {
      bytes: exported.base64,
      passphrase: bundlePassphrase,
      translations: [{ itemId: 'st-client-1', paragraphs: english }],
      translator: { familyName: 'Wong', givenNames: 'Mei-ling' },
      declaration,
    });
    const stored = await ok(advocate, 'caseGet', { id: 'case1-lai-wing-sze' });
    const c = stored.case;
    const [first] = c.statements;
    if (!first) throw new Error('statement');
    const edited = { ...first, paragraphs: [first.paragraphs[0] ?? '', '我去年十二月來到加拿大。', '我想留在表哥家。'] };
    await ok(advocate, 'caseSave', { case: { ...c, statements: [edited] }, revision: stored.revision });

    const asked = await ok(advocate, 'handoffImport', { bytes: response.base64, passphrase: bundlePassphrase });
    expect(asked.status).toBe('needs-confirmation');
    if (asked.status !== 'needs-confirmation') return;
    expect(asked.changes).toEqual([
      {
        change: 'changed',
        requestedNumber: 2,
        currentNumber: 2,
        requested: '我去年十二月以旅客身份來到加拿大。',
        current: '我去年十二月來到加拿大。',
      },
      { change: 'added', currentNumber: 3, current: '我想留在表哥家。' },
    ]);
    const unchanged = await ok(advocate, 'caseGet', { id: 'case1-lai-wing-sze' });
    expect(unchanged.revision).toBe(stored.revision + 1);
    expect(unchanged.case.statements[0]?.translations[0]?.handoff).toBeUndefined();

    const accepted = await ok(advocate, 'handoffImport', { bytes: response.base64, passphrase: bundlePassphrase, accept: true });
    expect(accepted.status).toBe('attached');
    const after = (await ok(advocate, 'caseGet', { id: 'case1-lai-wing-sze' })).case;
    expect(after.statements[0]?.translations[0]?.paragraphs).toEqual([...english, '']);
  });

  it('refuses to export a translation request for a translator IRCC would refuse', async () => {
    await ok(advocate, 'caseImport', { file: fixture('case2-srisuk.json') });
    const result = await call(advocate, 'handoffExport', {
      caseId: 'case2-srisuk-kanokwan',
      itemId: 'st-abbot-letter',
      translatorId: 'p-sister-translator',
      passphrase: bundlePassphrase,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues.map((i) => i.code)).toContain('translation.translator-is-family');
  });

  it('sends the client’s prep sheet row by row and keeps each row’s wording beside its translation', async () => {
    await ok(advocate, 'counselProfileSet', {
      name: 'Adaeze Okafor',
      firm: 'Harbourfront Community Legal Clinic',
      addressLines: ['1 Queens Quay W'],
    });
    const exported = await ok(advocate, 'handoffExport', {
      caseId: 'case1-lai-wing-sze',
      itemId: 'doc:client-prep-sheet',
      passphrase: bundlePassphrase,
    });
    const opened = await ok(interpreter, 'handoffOpenRequest', { bytes: exported.base64, passphrase: bundlePassphrase });
    const item = opened.items[0];
    expect(item).toMatchObject({ itemId: 'doc:client-prep-sheet', kind: 'document', sourceLang: 'en', targetLang: 'yue-Hant' });
    const keys = item?.paragraphs.map((p) => p.key) ?? [];
    expect(keys).toEqual(expect.arrayContaining(['hearing', 'address', 'counsel']));
    expect(item?.paragraphs.find((p) => p.key === 'counsel')?.text).toContain('Harbourfront Community Legal Clinic');
    const translated = (item?.paragraphs ?? []).map((p) => `譯：${p.key}`);
    const response = await ok(interpreter, 'handoffRespond', {
      bytes: exported.base64,
      passphrase: bundlePassphrase,
      translations: [{ itemId: 'doc:client-prep-sheet', paragraphs: translated }],
      translator: { familyName: 'Wong', givenNames: 'Mei-ling' },
      declaration,
    });
    await ok(advocate, 'handoffImport', { bytes: response.base64, passphrase: bundlePassphrase, caseId: 'case1-lai-wing-sze' });
    const stored = await ok(advocate, 'caseGet', { id: 'case1-lai-wing-sze' });
    const rows = stored.case.detention.prepSheetTranslation?.rows ?? [];
    expect(rows.map((r) => r.key)).toEqual(keys);
    expect(rows.find((r) => r.key === 'counsel')).toMatchObject({
      text: '譯：counsel',
      source: item?.paragraphs.find((p) => p.key === 'counsel')?.text,
    });
    expect(stored.case.detention.prepSheetTranslation).toMatchObject({ lang: 'yue-Hant', translatorId: 'p-wong-mei-ling' });
  });

  it('shows a Persian original right to left, its translation left to right', async () => {
    await ok(advocate, 'caseImport', { file: fixture('case3-persian.json') });
    const { opened } = await roundTrip('case3-rezaei-shirin', 'st-rezaei-1');
    expect(opened.items[0]).toMatchObject({
      sourceLang: 'fa-IR',
      sourceDir: 'rtl',
      targetLang: 'en',
      targetDir: 'ltr',
      dialect: 'Farsi (Iran)',
    });
    expect(opened.items[0]?.paragraphs[1]?.text).toContain('0003-B6-04567');
  });

  it('answers a closed file dialog with nothing chosen, and refuses an untranslated paragraph', async () => {
    const picked: string[] = [];
    const withDialog = createNodeServices({
      dataDir: path.join(dir, 'interpreter'),
      settings: createMemorySettings(),
      scrypt,
      now,
      dialog: {
        pickFiles: () => Promise.resolve(picked),
        pickDirectory: () => Promise.resolve(null),
        saveFile: () => Promise.resolve(null),
      },
    });
    try {
      await ok(withDialog, 'vaultUnlock', { passphrase: vaultPassphrase });
      expect(await ok(withDialog, 'handoffOpenRequest', { passphrase: bundlePassphrase })).toEqual({ chosen: false, items: [] });
      const exported = await ok(advocate, 'handoffExport', {
        caseId: 'case1-lai-wing-sze',
        itemId: 'st-client-1',
        passphrase: bundlePassphrase,
      });
      const result = await call(withDialog, 'handoffRespond', {
        bytes: exported.base64,
        passphrase: bundlePassphrase,
        translations: [{ itemId: 'st-client-1', paragraphs: [english[0], ''] }],
        translator: { familyName: 'Wong', givenNames: 'Mei-ling' },
        declaration,
      });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.issues).toContainEqual({
          path: 'translations.0.paragraphs.1',
          code: 'paragraphNotTranslated',
          params: { paragraph: 2 },
          message: 'Paragraph 2 is not translated yet.',
        });
    } finally {
      await withDialog.dispose();
    }
  });

  it('saves bundles into the folder the dialog gives and reads them from the file it picks, refusing one from an unknown case', async () => {
    const folder = mkdtempSync(path.join(dir, 'out-'));
    let picked: string[] = [];
    const dialog = {
      pickFiles: () => Promise.resolve(picked),
      pickDirectory: () => Promise.resolve(folder),
      saveFile: () => Promise.resolve(null),
    };
    const withDialog = createNodeServices({ dataDir: path.join(dir, 'advocate'), settings: createMemorySettings(), scrypt, now, dialog });
    const otherVault = createNodeServices({
      dataDir: path.join(dir, 'interpreter'),
      settings: createMemorySettings(),
      scrypt,
      now,
      dialog,
    });
    try {
      await ok(withDialog, 'vaultUnlock', { passphrase: vaultPassphrase });
      await ok(otherVault, 'vaultUnlock', { passphrase: vaultPassphrase });
      const saved = await ok(withDialog, 'handoffExport', {
        caseId: 'case1-lai-wing-sze',
        itemId: 'st-client-1',
        passphrase: bundlePassphrase,
        save: 'dialog',
      });
      expect(saved).toMatchObject({ saved: true });
      expect(saved.base64).toBeUndefined();
      const requestFile = path.join(folder, saved.fileName);
      expect(statSync(requestFile).mode & 0o777).toBe(0o600);

      picked = [requestFile];
      const opened = await ok(otherVault, 'handoffOpenRequest', { passphrase: bundlePassphrase });
      expect(opened.chosen).toBe(true);
      expect(opened.base64).toBe(readFileSync(requestFile).toString('base64'));
      const response = await ok(otherVault, 'handoffRespond', {
        bytes: opened.base64,
        passphrase: bundlePassphrase,
        translations: [{ itemId: 'st-client-1', paragraphs: english }],
        translator: { familyName: 'Wong', givenNames: 'Mei-ling' },
        declaration,
        save: 'dialog',
      });
      picked = [path.join(folder, response.fileName)];
      const elsewhere = await call(otherVault, 'handoffImport', { passphrase: bundlePassphrase });
      expect(elsewhere.ok).toBe(false);
      if (!elsewhere.ok)
        expect(elsewhere.error.message).toMatch(
          /^This bundle is for another case: it answers a translation request from a case that is not in this vault/,
        );
      expect(await ok(withDialog, 'handoffImport', { passphrase: bundlePassphrase })).toMatchObject({
        status: 'attached',
        itemIds: ['st-client-1'],
      });
    } finally {
      await withDialog.dispose();
      await otherVault.dispose();
    }
  });
});

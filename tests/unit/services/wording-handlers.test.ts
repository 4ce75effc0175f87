import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Result, WordingParagraphsDto } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';
import { counsel } from '../../helpers/counsel.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', name), 'utf8'));
const scrypt = { N: 2 ** 10, r: 8, p: 1 };
const passphrase = 'wording passphrase, not secret';
const now = () => new Date(2026, 2, 17, 12, 0, 0);
const condition = 'Condition 3: Appear for every examination, hearing and removal when required.';
const edited = 'Condition 3: Appear for every examination, hearing and removal, as the Minister requires.';

let dir: string;
let services: Services;
let caseId: string;

const open = (): Services =>
  createNodeServices({ dataDir: path.join(dir, 'vault'), settings: createMemorySettings({ counselProfile: counsel }), scrypt, now });

async function call<T>(channel: Channel, input?: unknown, s: Services = services): Promise<Result<T>> {
  return (await invokeChannel(s.handlers, channel, input)) as Result<T>;
}
async function ok<T = WordingParagraphsDto>(channel: Channel, input?: unknown, s: Services = services): Promise<T> {
  const result = await call<T>(channel, input, s);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}
const releasePlan = (extra: object = {}) => ({ caseId, kind: 'release-plan', lang: 'en', ...extra });

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-wording-'));
  services = open();
  await ok('vaultCreate', { method: 'passphrase', passphrase });
  ({ id: caseId } = await ok<{ id: string }>('caseImport', { file: fixture('case1-lai.json') }));
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the wording channels', () => {
  it('list the template’s paragraphs, save an edit in the case, and go back to the template’s wording', async () => {
    const before = await ok('documentParagraphs', releasePlan());
    expect(before.paragraphs).toContainEqual({ original: condition, text: condition, edited: false });
    expect(before.stale).toEqual([]);

    const saved = await ok('wordingEditSave', releasePlan({ original: condition, text: edited }));
    expect(saved.revision).toBe(before.revision + 1);
    expect(saved.paragraphs).toContainEqual({ original: condition, text: edited, edited: true });
    const stored = await services.vault.readCase(caseId);
    expect(stored.case.wordingEdits).toEqual([{ kind: 'release-plan', lang: 'en', edits: [{ original: condition, text: edited }] }]);

    // The French document and the interpreter notice keep their own wording.
    expect((await ok('documentParagraphs', releasePlan({ lang: 'fr' }))).paragraphs.every((p) => !p.edited)).toBe(true);
    expect((await ok('documentParagraphs', { caseId, kind: 'interpreter-notice', lang: 'en' })).paragraphs.every((p) => !p.edited)).toBe(
      true,
    );

    const reset = await ok('wordingEditReset', releasePlan({ original: condition }));
    expect(reset.paragraphs).toContainEqual({ original: condition, text: condition, edited: false });
    expect((await services.vault.readCase(caseId)).case.wordingEdits).toBeUndefined();
  });

  it('treat the template’s own text as no edit, and reset a whole document at once', async () => {
    const [first, second] = (await ok('documentParagraphs', releasePlan())).paragraphs.slice(4, 6);
    if (!first || !second) throw new Error('the release plan has too few paragraphs');
    await ok('wordingEditSave', releasePlan({ original: first.original, text: 'First, reworded.' }));
    await ok('wordingEditSave', releasePlan({ original: second.original, text: 'Second, reworded.' }));
    const same = await ok('wordingEditSave', releasePlan({ original: first.original, text: first.original }));
    expect(same.paragraphs.filter((p) => p.edited).map((p) => p.text)).toEqual(['Second, reworded.']);
    const all = await ok('wordingEditReset', releasePlan());
    expect(all.paragraphs.some((p) => p.edited)).toBe(false);
    expect((await services.vault.readCase(caseId)).case.wordingEdits).toBeUndefined();
  });

  it('show an edit the document no longer prints as stale, keep it, and let it be reset', async () => {
    await ok('wordingEditSave', releasePlan({ original: condition, text: edited }));
    const stored = await services.vault.readCase(caseId);
    // The case changes: the condition is worded differently now.
    const plan = stored.case.detention.releasePlan;
    const changed = {
      ...stored.case,
      detention: { ...stored.case.detention, releasePlan: { ...plan, conditions: plan.conditions.filter((c) => c.kind !== 'APPEAR') } },
    };
    await ok('caseSave', { case: changed, revision: stored.revision });
    const after = await ok('documentParagraphs', releasePlan());
    if (after.paragraphs.some((p) => p.original === condition)) throw new Error('the condition is still printed');
    expect(after.stale).toEqual([{ original: condition, text: edited }]);
    // Rendering the document says so too (DOCX: no printer needed).
    const rendered = await ok<{ warnings: { code: string }[] }>('documentRender', { ...releasePlan(), format: 'docx' });
    // (Case 1's typed answers still say "Ms. Lai" under her pseudonym: those warnings are tested with the Documents tab's.)
    expect(rendered.warnings.filter((w) => w.code !== 'realNameInText')).toEqual([
      { code: 'wordingEditStale', path: 'wordingEdits[0].edits[0]', message: expect.stringContaining('release plan (en)') as string },
    ]);
    expect((await ok('wordingEditReset', releasePlan({ original: condition }))).stale).toEqual([]);
  });

  it('refuse a paragraph the document does not print, a target on a document the case has once, and an unknown document', async () => {
    const missing = await call('wordingEditSave', releasePlan({ original: 'Not in the release plan.', text: 'x' }));
    expect(missing.ok ? null : missing.error.issues.map((i) => i.code)).toEqual(['wordingNoParagraph']);
    const target = await call('documentParagraphs', releasePlan({ target: 'h-seven-day' }));
    expect(target.ok ? null : target.error.issues.map((i) => i.code)).toEqual(['wordingNoTarget']);
    const kind = await call('documentParagraphs', releasePlan({ kind: 'ransom-note' }));
    expect(kind.ok ? null : kind.error.code).toBe('VALIDATION');
    expect((await services.vault.readCase(caseId)).case.wordingEdits).toBeUndefined();
  });

  it('keep the edit encrypted in the vault across a restart', async () => {
    await ok('wordingEditSave', releasePlan({ original: condition, text: edited }));
    await services.dispose();
    for (const file of readdirSync(path.join(dir, 'vault'), { recursive: true, encoding: 'utf8' })) {
      const full = path.join(dir, 'vault', file);
      if (statSync(full).isFile()) expect(readFileSync(full).includes(Buffer.from('as the Minister requires'))).toBe(false);
    }
    services = open();
    await ok('vaultUnlock', { passphrase });
    const reopened = await ok('documentParagraphs', releasePlan());
    expect(reopened.paragraphs).toContainEqual({ original: condition, text: edited, edited: true });
  });
});

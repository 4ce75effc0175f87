import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Output, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import { documentWhat } from '../../../src-main/services/document-files.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const case1 = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as {
  case: { id: string; detention: Record<string, unknown> };
};
const caseId = case1.case.id;
// The day before Case 1's seven-day review: its hearings of the 18th and after are still ahead.
const now = () => new Date(2026, 2, 17, 10, 0, 0);
const counsel = {
  name: 'Adaeze Okafor',
  firm: 'Harbourfront Community Legal Clinic',
  addressLines: ['200 Queens Quay West', 'Toronto, Ontario'],
};

let dir: string;
let services: Services;
let answer: string | null;
const offered: string[] = [];

async function call<C extends Channel>(channel: C, input?: unknown): Promise<Result<Output<C>>> {
  return (await invokeChannel(services.handlers, channel, input, { onActivity: services.onActivity })) as Result<Output<C>>;
}
async function ok<C extends Channel>(channel: C, input?: unknown): Promise<Output<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-documents-'));
  answer = null;
  offered.length = 0;
  const dialog = {
    pickFiles: () => Promise.resolve([]),
    pickDirectory: () => Promise.resolve(null),
    saveFile: (name: string) => {
      offered.push(name);
      return Promise.resolve(answer);
    },
  };
  services = createNodeServices({
    dataDir: path.join(dir, 'vault'),
    settings: createMemorySettings(),
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
    now,
    dialog,
  });
  await ok('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
  await ok('caseImport', { file: case1 });
  await ok('counselProfileSet', counsel);
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('documentPreview', () => {
  it('answers the print HTML of the document in the language asked, with its page', async () => {
    const en = await ok('documentPreview', { caseId, kind: 'interpreter-notice', lang: 'en' });
    expect(en.problems).toEqual([]);
    expect(en.title).toMatch(/^Notice of need for an interpreter/u);
    expect(en.html).toContain('<!DOCTYPE html>');
    expect(en.page).toEqual({ size: 'letter', margins: expect.any(Object) as object });
    const fr = await ok('documentPreview', { caseId, kind: 'interpreter-notice', lang: 'fr', options: { hearingId: 'h-admissibility' } });
    expect(fr.title).toMatch(/^Avis de besoin d'un interprète/u);
  });

  it('answers what the case lacks, each at its field, instead of a document', async () => {
    const preview = await ok('documentPreview', { caseId, kind: 'early-review-application', lang: 'en' });
    expect(preview).toMatchObject({ html: null, title: null, page: null });
    expect(preview.problems.map((p) => [p.path, p.code])).toEqual([
      ['detention.earlyReview.newFacts', 'earlyReviewNewFacts'],
      ['detention.earlyReview.availableDates', 'earlyReviewDates'],
    ]);
  });

  it('says where a document filed under the pseudonym still gives the real name, masked, and nothing when none is left', async () => {
    // Case 1's release plan: her pseudonym is W.S.L., but counsel's answers to the grounds say "Ms. Lai".
    const plan = await ok('documentPreview', { caseId, kind: 'release-plan', lang: 'en' });
    expect(plan.problems).toEqual([]);
    expect(plan.warnings.length).toBeGreaterThan(0);
    for (const w of plan.warnings) {
      expect([w.path, w.code]).toEqual(['client.pseudonymForFilings', 'realNameInText']);
      expect(w.message).toContain('[—]');
      expect(w.message).not.toMatch(/\bLai\b|Wing-sze|黎/u);
    }
    expect(plan.warnings.some((w) => w.message.includes('Ms. [—] has every reason to appear'))).toBe(true);
    // The same warnings come with the rendered file, for the CLI's `render`.
    const rendered = await ok('documentRender', { caseId, kind: 'release-plan', lang: 'en', format: 'docx' });
    expect(rendered.warnings.filter((w) => w.code === 'realNameInText')).toHaveLength(plan.warnings.length);
    // The interpreter notice names her only by the pseudonym: nothing to check.
    expect((await ok('documentPreview', { caseId, kind: 'interpreter-notice', lang: 'en' })).warnings).toEqual([]);
  });

  it('names the case text a French release plan prints as typed, as the Packets tab does, and none in English', async () => {
    const fr = await ok('documentPreview', { caseId, kind: 'release-plan', lang: 'fr' });
    const french = fr.warnings.filter((w) => w.code.startsWith('french.'));
    expect(french.map((w) => [w.code, w.path])).toContainEqual(['french.counselText', 'detention.releasePlan']);
    expect(
      (await ok('documentPreview', { caseId, kind: 'release-plan', lang: 'en' })).warnings.filter((w) => w.code.startsWith('french.')),
    ).toEqual([]);
  });

  it('refuses a request outside the contract', async () => {
    const result = await call('documentPreview', { caseId, kind: 'not-a-kind', lang: 'en' });
    expect(result.ok).toBe(false);
  });
});

describe('documentSave', () => {
  it('offers a name from the document, the client and the date, and writes the file the dialog chose', async () => {
    answer = path.join(dir, 'notice');
    const saved = await ok('documentSave', { caseId, kind: 'interpreter-notice', lang: 'en', format: 'docx' });
    // The interpreter notice may become public: Case 1's pseudonym names it, never her real name.
    expect(offered).toEqual(['Notice of need for an interpreter – W.S.L. – 2026-03-17.docx']);
    expect(saved).toEqual({ saved: true, fileName: 'notice.docx', path: `${answer}.docx`, replaced: false });
    expect(readFileSync(`${answer}.docx`).subarray(0, 2).toString()).toBe('PK');
  });

  it('says when it replaced a file, and writes nothing when the dialog is closed', async () => {
    answer = path.join(dir, 'avis.docx');
    writeFileSync(answer, 'old');
    const saved = await ok('documentSave', { caseId, kind: 'interpreter-notice', lang: 'fr', format: 'docx' });
    expect(saved.replaced).toBe(true);
    expect(readFileSync(answer).subarray(0, 2).toString()).toBe('PK');
    answer = null;
    const closed = await ok('documentSave', { caseId, kind: 'interpreter-notice', lang: 'fr', format: 'docx' });
    expect(closed).toMatchObject({ saved: false, path: null });
  });

  it('refuses a document the case cannot make before any dialog opens', async () => {
    answer = path.join(dir, 'early.pdf');
    const result = await call('documentSave', { caseId, kind: 'early-review-application', lang: 'en', format: 'pdf' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((i) => i.code)).toEqual(['earlyReviewNewFacts', 'earlyReviewDates']);
    expect(offered).toEqual([]);
  });
});

describe('what a document is, for its file name', () => {
  const client = { familyName: 'Lai', givenNames: 'Wing-sze', namesInScript: [] };
  it("drops the client's name the title ends with and keeps any other name", () => {
    expect(documentWhat('Notice of need for an interpreter — LAI Wing-sze', client)).toBe('Notice of need for an interpreter');
    expect(documentWhat('Statutory declaration of a bondsperson — CHAN Kwok-wai', client)).toBe(
      'Statutory declaration of a bondsperson — CHAN Kwok-wai',
    );
    expect(documentWhat('LAI Wing-sze', client)).toBe('LAI Wing-sze');
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueText } from '../../../src-main/core/issues/text.ts';
import type { Channel, Output, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';

/** Case 1 with the client's name in script, and a word of her statement, in Odia: a script no bundled font draws. */
const root = path.resolve(import.meta.dirname, '../../..');
const case1 = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as {
  case: { id: string; client: { namesInScript: { script: string; value: string }[] }; statements: { paragraphs: string[] }[] };
};
const [statement] = case1.case.statements;
if (statement === undefined) throw new Error('Case 1 has a statement');
const odia = {
  ...case1,
  case: {
    ...case1.case,
    client: { ...case1.case.client, namesInScript: [{ script: 'Orya', value: 'ଲାଇ ୱିଙ୍ଗ' }] },
    statements: [{ ...statement, paragraphs: statement.paragraphs.map((p, i) => (i === 0 ? `${p} ଓଡ଼ିଆ` : p)) }],
  },
};
const caseId = case1.case.id;

let dir: string;
let services: Services;

async function call<C extends Channel>(channel: C, input?: unknown): Promise<Result<Output<C>>> {
  return (await invokeChannel(services.handlers, channel, input, { onActivity: services.onActivity })) as Result<Output<C>>;
}
async function ok<C extends Channel>(channel: C, input?: unknown): Promise<Output<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-scripts-'));
  services = createNodeServices({ dataDir: path.join(dir, 'vault'), settings: createMemorySettings(), scrypt: { N: 2 ** 10, r: 8, p: 1 } });
  await ok('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
  await ok('counselProfileSet', { name: 'Adaeze Okafor', firm: 'Clinic', addressLines: ['200 Queens Quay West'] });
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const fix =
  'no bundled font — a PDF holding it is refused; write it in Latin letters, or make the DOCX, which Word prints with the reader’s own fonts.';
const nameLine = `Client — name in script 1: Text in Odia script: ${fix}`;
const paragraphLine = `Statement of LAI Wing-sze — paragraph 1: Text in Odia script: ${fix}`;

describe('text in a script no bundled font draws', () => {
  it('is imported, kept, and named at once by its field', async () => {
    const imported = await ok('caseImport', { file: odia });
    expect(imported.warnings).toEqual([
      { code: 'fieldNoFont', path: 'client.namesInScript.0.value', message: nameLine },
      { code: 'fieldNoFont', path: 'statements.0.paragraphs.0', message: paragraphLine },
    ]);
    expect(
      issueText(
        'fieldNoFont',
        { field: '$t(validation.fieldName.client) — $t(validation.fieldName.namesInScript) 2', script: 'Oriya' },
        'fr',
      ),
    ).toBe(
      'Client — nom dans son écriture 2 : Texte en écriture oriya : aucune police fournie — un PDF qui le contient est refusé ; écrivez-le en lettres latines, ou produisez le DOCX, que Word imprime avec les polices de l’ordinateur du lecteur.',
    );
  });

  it('refuses the PDF with one line per case field, never a document path, and writes the DOCX with a warning', async () => {
    await ok('caseImport', { file: odia });
    const pdf = await call('documentRender', {
      caseId,
      kind: 'statement-bilingual',
      lang: 'en',
      format: 'pdf',
      options: { statementId: 'st-client-1' },
    });
    expect(pdf.ok).toBe(false);
    const issues = pdf.ok ? [] : (pdf.error.issues ?? []);
    // The statement prints the paragraph, not the client's name in script: only the paragraph is named.
    expect(issues.map((i) => i.message)).toEqual([paragraphLine]);
    expect(JSON.stringify(issues)).not.toContain('blocks[');
    const docx = await ok('documentRender', {
      caseId,
      kind: 'statement-bilingual',
      lang: 'en',
      format: 'docx',
      options: { statementId: 'st-client-1' },
    });
    expect(docx.base64.length).toBeGreaterThan(1000);
    expect(docx.warnings.map((w) => w.code)).toContain('noFontForScript');
  }, 30_000);

  it('imports a case in printable scripts without a warning', async () => {
    expect((await ok('caseImport', { file: case1 })).warnings).toEqual([]);
  });
});

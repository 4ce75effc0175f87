import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counsel, openTestServices, type TestServices } from '../helpers/services.ts';

/**
 * Names and file numbers laced with bidi controls and invisible characters, imported as a case and
 * printed in the cover letter: the letter holds none of them, the name reads as typed, and the
 * file numbers after it are not reversed.
 */
const root = path.resolve(import.meta.dirname, '../..');
const case1 = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as {
  case: Record<string, unknown> & { client: Record<string, unknown> };
};
const HOSTILE = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u2060',
  '\uFEFF',
];
const CONTROL = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/** `text` with hostile characters inserted at random places (possibly none). */
const laced = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE)), { maxLength: 4 })).map(([clean, inserts]) => {
    const chars = [...clean];
    for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch);
    return { clean, laced: chars.join('') };
  });
const word = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const latin = word('abcdefghijklmnopqrstuvwxyz', 2, 10).map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`);
const han = word('黎詠詩陳大文王小明李', 1, 4);
const fileNumber = fc.tuple(word('0123456789', 4, 4), word('ABCDEFGH', 1, 2), word('0123456789', 5, 5)).map((p) => p.join('-'));

let dir: string;
let t: TestServices;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-names-'));
  t = await openTestServices(path.join(dir, 'vault'), { passphrase: 'hostile names passphrase', counsel });
});
afterAll(async () => {
  await t.services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/gu, '')
    .replace(/<[^>]+>/gu, '')
    .replace(/&amp;/gu, '&')
    .replace(/&nbsp;|&#160;/gu, '\u00a0');

describe('names with bidi controls, through import and the cover letter', () => {
  it('print with no control, the name as typed and the file number after it in order', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(laced(latin), laced(latin), laced(han), laced(fileNumber), async (family, given, script, number) => {
        n += 1;
        const id = `hostile-${n}`;
        const file = {
          ...case1,
          case: {
            ...case1.case,
            id,
            // No pseudonym, so the letter prints the client's own name.
            client: {
              ...Object.fromEntries(Object.entries(case1.case.client).filter(([key]) => key !== 'pseudonymForFilings')),
              familyName: family.laced,
              givenNames: given.laced,
              namesInScript: [{ script: 'Hant', value: script.laced }],
            },
            matter: { ...(case1.case['matter'] as object), privacy: 'public', fileNumbers: [{ issuer: 'IRB', value: number.laced }] },
          },
        };
        const imported = (await t.call('caseImport', { file })) as { id: string; warnings?: { path: string; message: string }[] };
        const warned = new Set((imported.warnings ?? []).map((w) => w.path));
        for (const [field, value] of [
          ['client.familyName', family],
          ['client.givenNames', given],
          ['client.namesInScript.0.value', script],
          ['matter.fileNumbers.0.value', number],
        ] as const)
          expect(warned.has(field), field).toBe(value.laced !== value.clean);

        const preview = (await t.call('documentPreview', { caseId: id, kind: 'letter', lang: 'en' })) as { html: string | null };
        const text = textOf(preview.html ?? '');
        expect(text).not.toMatch(CONTROL);
        const re = `Re: ${family.clean.toLocaleUpperCase('und')} ${given.clean} (${script.clean})`;
        expect(text).toContain(re);
        // The field printed after the name: the file number, in the order it was typed.
        expect(text.slice(text.indexOf(re) + re.length)).toContain(number.clean);
        await t.call('caseDelete', { id, confirm: true });
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

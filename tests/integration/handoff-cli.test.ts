import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src-main/core/model/case.ts';
import { invokeChannel } from '../../src-main/ipc/invoke.ts';
import { createNodeServices } from '../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../src-main/services/settings-conf.ts';
import { dossierCli, TEST_PASSPHRASE } from '../helpers/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/cases');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-handoff-cli-'));
const advocateVault = path.join(work, 'advocate');
const interpreterVault = path.join(work, 'interpreter');
const advocate = dossierCli(advocateVault);
const interpreter = dossierCli(interpreterVault);
const BUNDLE = { BUNDLE_PASS: 'read it out by phone 8812' };
const file = (name: string) => path.join(work, name);
/** Paragraph `n` of the Persian fixture's statement, as the request sent it. */
const fixtureParagraph = (n: number): string =>
  (JSON.parse(readFileSync(path.join(fixtures, 'case3-persian.json'), 'utf8')) as { case: Case }).case.statements[0]?.paragraphs[n - 1] ??
  '';

function json<T>(result: { code: number | null; stdout: string; stderr: string }): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

function exportedCase(id: string): Case {
  return json<{ case: Case }>(advocate(['case', 'export', id])).case;
}

/** The interpreter's answer, as `handoff respond --translation-json` reads it. */
function answerFile(
  name: string,
  itemId: string,
  paragraphs: string[],
  translator: { familyName: string; givenNames: string },
  dialect: string,
) {
  writeFileSync(
    file(name),
    JSON.stringify({
      translations: [{ itemId, paragraphs }],
      translator,
      declaration: {
        translatorName: `${translator.familyName.toUpperCase()} ${translator.givenNames}`,
        languageAndDialect: dialect,
        accuracyStatement: 'I translated this statement into English; the translation is accurate.',
        signedAt: '2026-03-21',
      },
    }),
  );
  return file(name);
}

beforeAll(() => {
  json(advocate(['vault', 'init']));
  json(interpreter(['vault', 'init']));
  json(advocate(['case', 'import', path.join(fixtures, 'case1-lai.json')]));
  json(advocate(['case', 'import', path.join(fixtures, 'case3-persian.json')]));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const chinese = {
  caseId: 'case1-lai-wing-sze',
  itemId: 'st-client-1',
  translator: { familyName: 'Wong', givenNames: 'Mei-ling' },
  dialect: 'Chinese (Cantonese), Traditional script',
  english: ['My name is LAI Wing-sze; I was born on 2 November 1991.', 'Last December I came to Canada as a visitor.'],
};
const persian = {
  caseId: 'case3-rezaei-shirin',
  itemId: 'st-rezaei-1',
  translator: { familyName: 'Karimi', givenNames: 'Arash' },
  dialect: 'Persian (Farsi)',
  english: [
    'My name is Shirin REZAEI, and I was born in Shiraz on 15 Shahrivar 1368 (6 September 1989).',
    'On 15 Esfand 1404 (6 March 2026) CBSA officers arrested me at my workplace. My file number is 0003-B6-04567.',
    'Mr. Daniel MORRIS, my former employer, said he would fire me if I spoke to the police.',
    'I have lived in Toronto for 3 years; my sister, Ms. Mina REZAEI, is ready to be my bondsperson.',
  ],
};

describe('dossier handoff between two vaults', () => {
  it.each([
    ['Traditional Chinese', chinese],
    ['Persian', persian],
  ])('%s statement: advocate → interpreter → advocate, the translation lands with its declaration', (_name, s) => {
    const request = file(`${s.itemId}-request.dossier`);
    const exported = json<{ bundleId: string; out: string }>(
      advocate(
        ['handoff', 'export', '--case', s.caseId, '--item', s.itemId, '--out', request, '--bundle-passphrase-env', 'BUNDLE_PASS'],
        BUNDLE,
      ),
    );
    expect(exported.out).toBe(path.basename(request));
    expect(statSync(request).mode & 0o777).toBe(0o600);
    // Nothing of the case in clear: not the client's name, not a word of the statement.
    const raw = readFileSync(request);
    const original = exportedCase(s.caseId);
    for (const needle of [original.client.familyName, original.statements[0]?.paragraphs[0] ?? '', s.caseId])
      expect(raw.includes(Buffer.from(needle, 'utf8'))).toBe(false);

    const response = file(`${s.itemId}-response.dossier`);
    const answer = answerFile(`${s.itemId}-answer.json`, s.itemId, s.english, s.translator, s.dialect);
    json(
      interpreter(
        ['handoff', 'respond', request, '--bundle-passphrase-env', 'BUNDLE_PASS', '--translation-json', answer, '--out', response],
        BUNDLE,
      ),
    );
    // The interpreter's vault holds no case: the request was only read.
    expect(json<unknown[]>(interpreter(['case', 'list']))).toEqual([]);

    const imported = json<{ status: string; caseId: string; itemIds: string[] }>(
      advocate(['handoff', 'import', response, '--bundle-passphrase-env', 'BUNDLE_PASS'], BUNDLE),
    );
    expect(imported).toMatchObject({ status: 'attached', caseId: s.caseId, itemIds: [s.itemId] });
    const after = exportedCase(s.caseId);
    const statement = after.statements.find((x) => x.id === s.itemId);
    expect(statement?.paragraphs).toEqual(original.statements.find((x) => x.id === s.itemId)?.paragraphs);
    expect(statement?.translations[0]).toMatchObject({
      lang: 'en',
      paragraphs: s.english,
      certification: 'ID_DECLARATION',
      destination: 'IRB-ID',
      completedAt: '2026-03-21',
      declaration: {
        languageAndDialect: s.dialect,
        signedAt: '2026-03-21',
        typedSignature: `${s.translator.familyName.toUpperCase()} ${s.translator.givenNames}`,
      },
    });
    const translator = after.people.find((p) => p.id === statement?.translations[0]?.translatorId);
    expect(translator).toMatchObject(s.translator);
    expect(statement?.translations[0]?.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a response imported into another case, and a wrong bundle passphrase, changing nothing', () => {
    const response = file(`${chinese.itemId}-response.dossier`);
    const before = exportedCase(persian.caseId);
    const other = advocate(['handoff', 'import', response, '--bundle-passphrase-env', 'BUNDLE_PASS', '--case', persian.caseId], BUNDLE);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^dossier: VALIDATION: This bundle is for another case/);
    const wrong = advocate(['handoff', 'import', response, '--bundle-passphrase-env', 'BUNDLE_PASS'], {
      BUNDLE_PASS: 'not what was said on the phone',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^dossier: WRONG_PASSPHRASE: /);
    expect(exportedCase(persian.caseId)).toEqual(before);
  });

  it('shows the changes when the original was edited after the request, and attaches only with --accept-changed-source', async () => {
    const request = file('changed-request.dossier');
    json(
      advocate(
        [
          'handoff',
          'export',
          '--case',
          persian.caseId,
          '--item',
          persian.itemId,
          '--out',
          request,
          '--bundle-passphrase-env',
          'BUNDLE_PASS',
        ],
        BUNDLE,
      ),
    );
    const response = file('changed-response.dossier');
    const answer = answerFile('changed-answer.json', persian.itemId, persian.english, persian.translator, persian.dialect);
    json(
      interpreter(
        ['handoff', 'respond', request, '--bundle-passphrase-env', 'BUNDLE_PASS', '--translation-json', answer, '--out', response],
        BUNDLE,
      ),
    );

    // Meanwhile the advocate corrects paragraph 4 of the original.
    const services = createNodeServices({ dataDir: advocateVault, settings: createMemorySettings() });
    const corrected = 'من ۴ سال است که در تورنتو زندگی می‌کنم.';
    try {
      const unlock = await invokeChannel(services.handlers, 'vaultUnlock', { passphrase: TEST_PASSPHRASE });
      expect(unlock.ok).toBe(true);
      const got = await invokeChannel(services.handlers, 'caseGet', { id: persian.caseId });
      if (!got.ok) throw new Error(got.error.message);
      const stored = got.value as { case: Case; revision: number };
      const statements = stored.case.statements.map((st) =>
        st.id === persian.itemId ? { ...st, paragraphs: st.paragraphs.map((p, i) => (i === 3 ? corrected : p)) } : st,
      );
      const saved = await invokeChannel(services.handlers, 'caseSave', { case: { ...stored.case, statements }, revision: stored.revision });
      expect(saved.ok).toBe(true);
    } finally {
      await services.dispose();
    }
    const before = exportedCase(persian.caseId);
    // Nothing attached: the changes are printed and the command fails, so a script cannot mistake it for success.
    const refused = advocate(['handoff', 'import', response, '--bundle-passphrase-env', 'BUNDLE_PASS'], BUNDLE);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^dossier: VALIDATION: The original changed since the translation was requested; nothing was attached\./u,
    );
    const asked = JSON.parse(refused.stdout) as { status: string; changes: unknown[] };
    expect(asked.status).toBe('needs-confirmation');
    expect(asked.changes).toEqual([
      {
        change: 'changed',
        requestedNumber: 4,
        currentNumber: 4,
        requested: fixtureParagraph(4),
        current: corrected,
      },
    ]);
    expect(exportedCase(persian.caseId)).toEqual(before);

    const accepted = json<{ status: string }>(
      advocate(['handoff', 'import', response, '--bundle-passphrase-env', 'BUNDLE_PASS', '--accept-changed-source'], BUNDLE),
    );
    expect(accepted.status).toBe('attached');
    const after = exportedCase(persian.caseId).statements[0];
    expect(after?.paragraphs[3]).toBe(corrected);
    expect(after?.translations[0]?.paragraphs).toEqual(persian.english);
  });
});

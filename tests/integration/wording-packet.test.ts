import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import type { Services } from '../../src-main/services/index.ts';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { counsel, importFixtureCase, openTestServices, type Call } from '../helpers/services.ts';

/**
 * A paragraph reworded in one case's release plan is printed in that case's packet and in no
 * other's, and an edit the case no longer matches is listed among the build's warnings.
 * WORDING_PROOF=1 keeps the rendered page (pdftoppm at 60 dpi) in the work folder and prints its path.
 */
const work = mkdtempSync(path.join(tmpdir(), 'dossier-wording-packet-'));
const keepProof = process.env['WORDING_PROOF'] === '1';
let services: Services;
let call: Call;
const condition = 'Condition 3: Appear for every examination, hearing and removal when required.';
const edited = 'Condition 3: Appear in person for every examination, hearing and removal, and at the CBSA office when called.';

const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }).replace(/\s+/gu, ' ');

async function build(caseId: string): Promise<{ file: string; manifest: PacketManifest }> {
  const out = path.join(work, caseId);
  const { manifest } = await services.packets.build({ caseId, preset: 'detention-release-plan', outDir: out, skipBadExhibits: false });
  const volume = manifest.outputs.find((o) => o.format === 'pdf');
  return { file: path.join(out, volume?.fileName ?? ''), manifest };
}

beforeAll(async () => {
  ({ services, call } = await openTestServices(path.join(work, 'vault'), { passphrase: 'wording packet passphrase', counsel }));
  for (const caseId of ['case-edited', 'case-other'])
    await importFixtureCase(services, 'case1-lai.json', {
      work,
      caseId,
      sample: async (_exhibit, index) => ({ bytes: await textPdf(`Sample exhibit ${index + 1}`, 1), ext: 'pdf' }),
    });
}, 120_000);
afterAll(async () => {
  await services.dispose();
  if (!keepProof) rmSync(work, { recursive: true, force: true });
});

describe('a case’s own wording in its packet', () => {
  it('prints the edited paragraph in this case’s release plan only, and warns of an edit that no longer matches', async () => {
    await call('wordingEditSave', { caseId: 'case-edited', kind: 'release-plan', lang: 'en', original: condition, text: edited });
    // An edit made while the case read differently: kept, and named in the build's warnings.
    const stored = await services.vault.readCase('case-edited');
    const stale = { original: 'Condition 9: A condition the plan no longer proposes.', text: 'Reworded.' };
    await services.vault.writeCase(
      {
        ...stored.case,
        wordingEdits: (stored.case.wordingEdits ?? []).map((w) => ({ ...w, edits: [...w.edits, stale] })),
      },
      stored.revision,
    );

    const mine = await build('case-edited');
    const mineText = pdfText(mine.file);
    expect(mineText).toContain('Appear in person for every examination, hearing and removal, and at the CBSA office when called.');
    expect(mineText).not.toContain(condition);
    // The same condition as the numbered list and the bondsperson's declaration word it: other paragraphs, kept.
    expect(mineText).toContain('3. Appear for every examination, hearing and removal when required.');
    expect(mine.manifest.warnings).toEqual([
      { code: 'wordingEditStale', path: 'wordingEdits[0].edits[1]', message: expect.stringContaining('release plan (en)') as string },
    ]);

    const other = await build('case-other');
    const otherText = pdfText(other.file);
    expect(otherText).toContain(condition);
    expect(otherText).not.toContain('and at the CBSA office when called');
    expect(other.manifest.warnings).toBeUndefined();

    if (keepProof) {
      const plan = mine.manifest.inputs.find((i) => i.key === 'generated:release-plan');
      const page = String(plan?.firstPage ?? 1);
      for (const p of [page, String(Number(page) + 1)])
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', p, '-l', p, '-singlefile', mine.file, path.join(work, `release-plan-${p}`)]);
      console.log(`proof pages in ${work}`);
    }
  }, 240_000);
});

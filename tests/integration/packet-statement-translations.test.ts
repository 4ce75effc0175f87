import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, Person, Translation } from '../../src-main/core/model/case.ts';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import type { Services } from '../../src-main/services/index.ts';
import { scanJpeg } from '../fixtures/exhibits/make-exhibits.ts';
import { counsel, openTestServices, type Call } from '../helpers/services.ts';

/**
 * One handwritten statement translated into English and French, with its typed transcription:
 * the original exhibit is the tab, and the transcription, then each translation followed by its
 * own declaration, are its sub-tabs in that order. Each declaration names its own translator and
 * language, read back from the printed packet with pdftotext, in an English and a French packet.
 */
const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-statement-translations-'));
let services: Services;
let call: Call;

const pagesText = (file: string, first: number, last: number): string =>
  execFileSync('pdftotext', ['-f', String(first), '-l', String(last), file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');

const frenchTranslator: Person = {
  id: 'p-tremblay-chantal',
  familyName: 'Tremblay',
  givenNames: 'Chantal',
  namesInScript: [],
  aliases: [],
  roles: ['translator'],
  citizenships: [],
  phones: [],
  translator: {
    languages: [{ lang: 'yue-Hant', dialects: ['Cantonese'] }],
    pairs: [{ from: 'yue-Hant', to: 'fr', dialects: ['Cantonese'] }],
    isClient: false,
    isFamilyOfClient: false,
    isRepresentative: false,
  },
};

const french: Translation = {
  lang: 'fr',
  translatorId: frenchTranslator.id,
  paragraphs: [
    'Je m’appelle LAI Wing-sze. Je suis née le 2 novembre 1991.',
    'Je suis arrivée au Canada en décembre dernier comme visiteuse.',
  ],
  certification: 'ID_DECLARATION',
  destination: 'IRB-ID',
  completedAt: '2026-03-18',
  declaration: {
    translatorName: 'TREMBLAY Chantal',
    languageAndDialect: 'chinois (cantonais), écriture traditionnelle, vers le français',
    accuracyStatement: '',
    signedAt: '2026-03-18',
    typedSignature: 'TREMBLAY Chantal',
  },
};

interface Built {
  readonly manifest: PacketManifest;
  readonly file: string;
}

async function build(lang: 'en' | 'fr'): Promise<Built> {
  const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as { case: Case };
  const caseFile = { ...file, case: { ...file.case, id: `case1-lai-${lang}` } };
  const { id: caseId } = (await call('caseImport', { file: caseFile })) as { id: string };
  const sample = path.join(work, `original-${lang}.jpg`);
  writeFileSync(sample, await scanJpeg('Handwritten original'));
  const original = (await services.exhibits.importFile({ caseId, path: sample, title: 'Handwritten statement of LAI Wing-sze (original)' }))
    .exhibit.id;
  const stored = await services.vault.readCase(caseId);
  const c = stored.case;
  const edited: Case = {
    ...c,
    matter: { ...c.matter, languageOfProceedings: lang },
    people: [...c.people, frenchTranslator],
    statements: c.statements.map((s) => ({
      ...s,
      originalExhibitId: original,
      transcription: { transcriberName: 'WONG Mei-ling', transcribedOn: '2026-03-16' },
      translations: [...s.translations, french],
    })),
  };
  await services.vault.writeCase(edited, stored.revision);
  const out = path.join(work, `out-${lang}`);
  const { manifest } = await services.packets.build({
    caseId,
    preset: 'detention-release-plan',
    outDir: out,
    skipBadExhibits: false,
    formats: ['pdf'],
  });
  const volume = manifest.outputs.find((o) => o.format === 'pdf');
  return { manifest, file: path.join(out, volume?.fileName ?? '') };
}

const at = (built: Built, key: string) => {
  const found = built.manifest.inputs.find((i) => i.key === key);
  if (!found) throw new Error(`${key} is not in the packet`);
  return found;
};

/** UPDATE_PROOFS=1 writes the new sub-tabs' pages, EN and FR, under docs/proof to look at. */
function proofs(built: Built, lang: string): void {
  if (process.env['UPDATE_PROOFS'] !== '1') return;
  for (const [key, name] of [
    ['generated:transcription:st-client-1', 'transcription'],
    ['generated:declaration:st-client-1:fr', 'declaration-fr-translation'],
  ] as const) {
    const page = String(at(built, key).firstPage);
    const out = path.join(root, 'docs/proof', `statement-${name}-${lang}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', page, '-l', page, '-singlefile', built.file, out]);
  }
}

let en: Built;
let fr: Built;

beforeAll(async () => {
  ({ services, call } = await openTestServices(path.join(work, 'vault'), { passphrase: 'statement translations, not secret', counsel }));
  en = await build('en');
  fr = await build('fr');
  proofs(en, 'en');
  proofs(fr, 'fr');
}, 240_000);
afterAll(async () => {
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('a statement translated into English and French, with its transcription', () => {
  it('files the transcription, then each translation and its declaration, as sub-tabs after the original, in that order', () => {
    for (const built of [en, fr]) {
      const original = built.manifest.inputs.find((i) => i.title === 'Handwritten statement of LAI Wing-sze (original)');
      const keys = [
        'generated:transcription:st-client-1',
        'generated:translation:st-client-1',
        'generated:declaration:st-client-1',
        'generated:translation:st-client-1:fr',
        'generated:declaration:st-client-1:fr',
      ];
      expect(keys.map((key) => at(built, key).tab)).toEqual(['a', 'b', 'c', 'd', 'e'].map((letter) => `${original?.tab}${letter}`));
      const pages = keys.map((key) => at(built, key).firstPage);
      expect(pages).toEqual(pages.toSorted((a, b) => a - b));
      expect(pages[0]).toBe((original?.lastPage ?? 0) + 1);
    }
  });

  it('prints the transcription in the original’s script, numbered as the translations', () => {
    const transcription = at(en, 'generated:transcription:st-client-1');
    const text = pagesText(en.file, transcription.firstPage, transcription.lastPage);
    expect(text).toContain('Typed transcription of the original');
    expect(text).toContain('Transcribed by WONG Mei-ling on March 16, 2026.');
    expect(text).toMatch(/1\. 我叫黎詠詩/u);
    const french = pagesText(
      fr.file,
      at(fr, 'generated:transcription:st-client-1').firstPage,
      at(fr, 'generated:transcription:st-client-1').lastPage,
    );
    expect(french).toContain('Transcription dactylographiée de l');
  });

  it('each declaration names its own translator and language, and certifies its own translation', () => {
    const english = at(en, 'generated:translation:st-client-1');
    const frenchTranslation = at(en, 'generated:translation:st-client-1:fr');
    const enDeclaration = pagesText(
      en.file,
      at(en, 'generated:declaration:st-client-1').firstPage,
      at(en, 'generated:declaration:st-client-1').lastPage,
    );
    const frDeclaration = pagesText(
      en.file,
      at(en, 'generated:declaration:st-client-1:fr').firstPage,
      at(en, 'generated:declaration:st-client-1:fr').lastPage,
    );
    expect(enDeclaration).toMatch(/I, WONG Mei-ling[ ,].*declare/u);
    expect(enDeclaration).toContain('Language translated into: English.');
    expect(enDeclaration).toContain(`Tab ${english.tab}`);
    expect(enDeclaration.replace(/\s/gu, '')).toContain(english.sha256);
    expect(enDeclaration).not.toContain('TREMBLAY');
    expect(frDeclaration).toMatch(/I, TREMBLAY Chantal, declare/u);
    expect(frDeclaration).toContain('Language translated into: French.');
    expect(frDeclaration).toContain(`Tab ${frenchTranslation.tab}`);
    expect(frDeclaration.replace(/\s/gu, '')).toContain(frenchTranslation.sha256);
    expect(frDeclaration).not.toContain('WONG');
    const frenchText = pagesText(en.file, frenchTranslation.firstPage, frenchTranslation.lastPage);
    expect(frenchText).toContain('1. Je m’appelle LAI Wing-sze.');
  });

  it('in a French packet, each declaration too names its own translator and language', () => {
    const enDeclaration = pagesText(
      fr.file,
      at(fr, 'generated:declaration:st-client-1').firstPage,
      at(fr, 'generated:declaration:st-client-1').lastPage,
    );
    const frDeclaration = pagesText(
      fr.file,
      at(fr, 'generated:declaration:st-client-1:fr').firstPage,
      at(fr, 'generated:declaration:st-client-1:fr').lastPage,
    );
    expect(enDeclaration).toContain('WONG Mei-ling');
    expect(enDeclaration).toMatch(/anglais/u);
    expect(enDeclaration).not.toContain('TREMBLAY');
    expect(frDeclaration).toContain('TREMBLAY Chantal');
    expect(frDeclaration).toMatch(/français/u);
    expect(frDeclaration).not.toContain('WONG');
  });
});

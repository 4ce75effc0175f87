import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSchema, type Case, type Statement } from '../../../../src-main/core/model/case.ts';
import { packetDocuments, placementOf } from '../../../../src-main/packet/contents/generated.ts';
import { DEFAULT_PACKET_OPTIONS, planPacket } from '../../../../src-main/packet/plan/plan.ts';
import { PACKET_PRESETS } from '../../../../src-main/packet/plan/presets.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { caught } from '../../../helpers/errors.ts';
import { counsel } from '../../documents/builders/helpers.ts';
import { placedDocuments } from '../../../../src-main/packet/contents/placed.ts';
import { translatedStatementPlaces } from '../../../../src-main/packet/contents/places.ts';
import { editFirstTranslation } from '../../../helpers/translations.ts';

const load = (name: string): Case =>
  caseSchema.parse((JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')) as { case: unknown }).case);
const lai = load('case1-lai');
const srisuk = load('case2-srisuk');
const edit = (c: Case, change: (s: Statement) => Statement): Case => ({ ...c, statements: c.statements.map(change) });

describe('a translated statement is one tab', () => {
  it('with its original imported: the translation and the declaration join the original exhibit', () => {
    const c = edit(lai, (s) => ({ ...s, originalExhibitId: 'x-original' }));
    expect(translatedStatementPlaces(c, new Set(['x-original']))).toEqual([
      {
        key: 'generated:translation:st-client-1',
        kind: 'statement-translation',
        statementId: 'st-client-1',
        translationLang: 'en',
        partOf: 'x-original',
      },
      {
        key: 'generated:declaration:st-client-1',
        kind: 'translator-declaration',
        statementId: 'st-client-1',
        translationLang: 'en',
        partOf: 'x-original',
        certifies: 'generated:translation:st-client-1',
      },
    ]);
  });

  it('without it: the side-by-side statement is the tab and the certification its sub-tab', () => {
    expect(translatedStatementPlaces(lai, new Set(['x-chan-t4']))).toEqual([
      { key: 'generated:statement:st-client-1', kind: 'statement-bilingual', statementId: 'st-client-1', translationLang: 'en' },
      {
        key: 'generated:declaration:st-client-1',
        kind: 'translator-declaration',
        statementId: 'st-client-1',
        translationLang: 'en',
        partOf: 'generated:statement:st-client-1',
        certifies: 'generated:statement:st-client-1',
      },
    ]);
  });

  it('the certification is the one the destination takes, and a read-back adds the attestation', () => {
    const kinds = (c: Case): string[] => translatedStatementPlaces(c, new Set()).map((p) => p.kind);
    // The abbot's letter and the birth certificate by a certified member, the house registration sworn.
    expect(kinds(srisuk)).toEqual([
      'statement-bilingual',
      'translation-certificate',
      'statement-bilingual',
      'translation-certificate',
      'statement-bilingual',
      'translator-affidavit',
    ]);
    const affidavit = edit(srisuk, (s) => editFirstTranslation(s, (t) => ({ ...t, certification: 'IRCC_AFFIDAVIT' })));
    expect(kinds(affidavit).filter((k) => k !== 'statement-bilingual')).toEqual(Array(3).fill('translator-affidavit'));
    const readBack = edit(lai, (s) => ({ ...s, readBack: { interpreterId: 'p-wong-mei-ling', on: '2026-03-16' } }));
    expect(translatedStatementPlaces(readBack, new Set()).at(-1)).toEqual({
      key: 'generated:attestation:st-client-1',
      kind: 'interpreter-attestation',
      statementId: 'st-client-1',
      partOf: 'generated:statement:st-client-1',
    });
  });

  it("refuses the H&C packet when the client's sister translated for IRCC, naming the translator field and the rule", () => {
    const sister = edit(srisuk, (s) =>
      editFirstTranslation(s, (t) => ({ ...t, translatorId: 'p-sister-translator', certification: 'IRCC_AFFIDAVIT' })),
    );
    const input = { case: sister, counsel, lang: 'en' as const, today: '2026-06-15', templates: createTemplateStore().set('en') };
    const error = caught(() => packetDocuments(PACKET_PRESETS.hc.documents, input, new Set()));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['statements.st-abbot-letter.translations.0.translatorId', 'translation.translator-is-family'],
    ]);
    expect(packetDocuments(PACKET_PRESETS.hc.documents, { ...input, case: srisuk }, new Set()).map((d) => d.kind)).toEqual([
      'letter',
      'timeline',
      'statement-bilingual',
      'translation-certificate',
      'statement-bilingual',
      'translation-certificate',
      'statement-bilingual',
      'translator-affidavit',
    ]);
  });

  it('a transcription and each translation follow the original in a fixed order, each certification naming its own translation', () => {
    const french = {
      lang: 'fr' as const,
      translatorId: 'p-wong-mei-ling',
      paragraphs: ['Je m’appelle LAI Wing-sze.', 'Je suis venue au Canada.'],
    };
    const both = edit(lai, (s) => ({
      ...s,
      originalExhibitId: 'x-original',
      transcription: { transcriberName: 'WONG Mei-ling' },
      translations: [...s.translations, french],
    }));
    const places = translatedStatementPlaces(both, new Set(['x-original']));
    expect(places.map((p) => [p.key, p.kind, p.translationLang, p.partOf, p.certifies])).toEqual([
      ['generated:transcription:st-client-1', 'statement-transcription', undefined, 'x-original', undefined],
      ['generated:translation:st-client-1', 'statement-translation', 'en', 'x-original', undefined],
      ['generated:declaration:st-client-1', 'translator-declaration', 'en', 'x-original', 'generated:translation:st-client-1'],
      ['generated:translation:st-client-1:fr', 'statement-translation', 'fr', 'x-original', undefined],
      ['generated:declaration:st-client-1:fr', 'translator-declaration', 'fr', 'x-original', 'generated:translation:st-client-1:fr'],
    ]);
    // Without the original imported, the side-by-side statement with the first translation is the tab.
    const tab = translatedStatementPlaces(both, new Set()).map((p) => [p.key, p.partOf]);
    expect(tab).toEqual([
      ['generated:statement:st-client-1', undefined],
      ['generated:transcription:st-client-1', 'generated:statement:st-client-1'],
      ['generated:declaration:st-client-1', 'generated:statement:st-client-1'],
      ['generated:translation:st-client-1:fr', 'generated:statement:st-client-1'],
      ['generated:declaration:st-client-1:fr', 'generated:statement:st-client-1'],
    ]);
    // A transcription alone joins its imported original; with nothing imported there is nothing to file.
    const transcribed = edit(both, (s) => ({ ...s, translations: [] }));
    expect(translatedStatementPlaces(transcribed, new Set(['x-original'])).map((p) => p.key)).toEqual([
      'generated:transcription:st-client-1',
    ]);
    expect(translatedStatementPlaces(transcribed, new Set())).toEqual([]);
  });

  it('a statement with no translation is not filed', () => {
    expect(
      translatedStatementPlaces(
        edit(lai, (s) => ({ ...s, translations: [] })),
        new Set(),
      ),
    ).toEqual([]);
  });
});

describe('where a certified document landed', () => {
  it("gives its own pages (never its tab's divider), its tab, title and hash", () => {
    const doc = (key: string, pages: number) => ({ key, kind: 'generated' as const, title: key, pages, bytes: 0 });
    const plan = planPacket({
      tabs: [{ main: doc('generated:statement:s', 3), subs: [doc('generated:declaration:s', 1)] }],
      options: { ...DEFAULT_PACKET_OPTIONS, dividers: true, labelStyle: { kind: 'bates', prefix: 'APP-', pad: 4 } },
      listPages: 1,
      volumeBreaks: [],
      coverPages: [0],
    });
    const placed = placedDocuments(plan, new Map([['generated:statement:s', { sha256: 'ab'.repeat(32) }]]), {
      kind: 'bates',
      prefix: 'APP-',
      pad: 4,
    });
    // List of documents (1), divider (2), the statement (3–5), its declaration (6).
    expect(placementOf('generated:statement:s', placed)).toEqual({
      tab: '1',
      firstLabel: 'APP-0003',
      lastLabel: 'APP-0005',
      title: 'generated:statement:s',
      sha256: 'ab'.repeat(32),
    });
    expect(placementOf('generated:declaration:s', placed)?.firstLabel).toBe('APP-0006');
    expect(placementOf('missing', placed)).toBeUndefined();
  });
});

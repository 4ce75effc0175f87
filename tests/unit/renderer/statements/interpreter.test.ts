import { describe, expect, it } from 'vitest';
import { contract } from '../../../../src-main/ipc/contract.ts';
import {
  itemRows,
  requestedCertification,
  respondInput,
  signatureProblem,
  startWork,
  toBase64,
  untranslated,
  withTranslation,
  workProblems,
  type OpenedRequest,
} from '../../../../src-renderer/features/interpreter/request.ts';

function request(certification?: string): OpenedRequest {
  return {
    chosen: true,
    bundleId: 'b9d1f3e0-1a2b-4c3d-8e9f-001122334455',
    translator: {
      familyName: 'WONG',
      givenNames: 'Mei-ling',
      association: { name: 'ATIO', memberNo: 'ATIO-10442', certified: true, stampText: 'Certified Translator · ATIO 10442' },
    },
    items: [
      {
        itemId: 'st-client-1',
        kind: 'statement',
        title: 'Statement of LAI Wing-sze',
        sourceLang: 'yue-Hant',
        sourceDir: 'ltr',
        dialect: 'Cantonese (Yue)',
        targetLang: 'en',
        targetDir: 'ltr',
        destination: 'IRB-ID',
        ...(certification === undefined ? {} : { certification }),
        paragraphs: [
          { key: '1', text: '我叫黎詠詩。' },
          { key: '2', text: '' },
          { key: '3', text: '我去年來到加拿大。' },
        ],
        declaration: {
          requires: ['translatorName', 'languageAndDialect', 'accuracyStatement', 'signature'],
          languageAndDialect: 'Cantonese (Cantonese (Yue))',
          accuracyStatement: 'I declare that I translated this document from Cantonese into English, and that the translation is accurate.',
        },
      },
    ],
  };
}

describe('starting the interpreter’s work', () => {
  it('starts with an empty cell per paragraph sent, the translator’s name from the registry and the proposed declaration', () => {
    const work = startWork(request('ID_DECLARATION'), '2026-03-16');
    expect(work.translations).toEqual({ 'st-client-1': ['', '', ''] });
    expect(work.declaration).toMatchObject({
      translatorName: 'Mei-ling WONG',
      languageAndDialect: 'Cantonese (Cantonese (Yue))',
      signedAt: '2026-03-16',
      signatureImage: null,
    });
    expect(work.declaration.accuracyStatement).toContain('accurate');
    expect(work.association).toMatchObject({ name: 'ATIO', memberNo: 'ATIO-10442', certified: true });
  });

  it('starts with nothing of a translator the request does not name', () => {
    const { translator: _unused, ...bare } = request();
    expect(startWork(bare, '2026-03-16')).toMatchObject({ familyName: '', givenNames: '', declaration: { translatorName: '' } });
  });
});

describe('translating', () => {
  it('marks a worded paragraph without translation pending, and an empty paragraph never', () => {
    const open = request();
    let work = startWork(open, '2026-03-16');
    expect(untranslated(open, work)).toBe(2);
    work = withTranslation(work, 'st-client-1', 0, 'My name is LAI Wing-sze.');
    const item = open.items[0];
    if (!item) throw new Error('the request holds one item');
    const rows = itemRows(item, work.translations['st-client-1']);
    expect(rows.map((r) => [r.n, r.pending])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(untranslated(open, work)).toBe(1);
  });
});

describe('what stops the response from being sealed', () => {
  it('names untranslated paragraphs and a missing name, then nothing once both are done', () => {
    const open = request('ID_DECLARATION');
    let work = { ...startWork(open, '2026-03-16'), familyName: '', givenNames: '' };
    expect(workProblems(open, work)).toEqual(['untranslated', 'familyName']);
    work = withTranslation(withTranslation(work, 'st-client-1', 0, 'One.'), 'st-client-1', 2, 'Three.');
    work = { ...work, familyName: 'WONG' };
    expect(workProblems(open, work)).toEqual([]);
  });

  it('asks for the commissioner when IRCC wants an affidavit, and for a real date', () => {
    const open = request('IRCC_AFFIDAVIT');
    const base = startWork(open, '2026-03-16');
    const translated = withTranslation(withTranslation(base, 'st-client-1', 0, 'One.'), 'st-client-1', 2, 'Three.');
    expect(workProblems(open, translated)).toEqual(['affidavit']);
    expect(workProblems(open, { ...translated, declaration: { ...translated.declaration, signedAt: '16/03/2026' } })).toContain('signedAt');
    const sworn = {
      ...translated,
      affidavit: { commissionerName: 'A. Tremblay', commissionerTitle: 'Commissioner', place: 'Toronto', swornAt: '' },
    };
    expect(workProblems(open, sworn)).toEqual([]);
  });
});

describe('the answer sent to the main process', () => {
  it('carries every paragraph in the order sent, the declaration, and parses under the channel’s own schema', () => {
    const open = request('ID_DECLARATION');
    let work = startWork(open, '2026-03-16');
    work = withTranslation(withTranslation(work, 'st-client-1', 0, 'One.'), 'st-client-1', 2, 'Three.');
    work = { ...work, email: ' ', declaration: { ...work.declaration, signatureImage: { mime: 'image/png', base64: 'iVBORw0KGgo=' } } };
    const input = respondInput(new Uint8Array([1, 2, 3]), 'jade ferry lantern seventeen', open, work);
    expect(input.translations).toEqual([{ itemId: 'st-client-1', paragraphs: ['One.', '', 'Three.'] }]);
    expect(input.translator).not.toHaveProperty('email');
    expect(input).not.toHaveProperty('affidavit');
    expect(input).not.toHaveProperty('certifiedMember');
    expect(contract.handoffRespond.input.safeParse(input).success).toBe(true);
  });

  it('adds the stamp for a certified member and the commissioner for an affidavit', () => {
    const member = request('IRCC_CERTIFIED_MEMBER');
    expect(requestedCertification(member)).toBe('IRCC_CERTIFIED_MEMBER');
    const memberInput = respondInput(new Uint8Array([1]), 'jade ferry lantern seventeen', member, startWork(member, '2026-03-16'));
    expect(memberInput.certifiedMember).toEqual({
      association: 'ATIO',
      memberNumber: 'ATIO-10442',
      stampText: 'Certified Translator · ATIO 10442',
    });
    const sworn = request('IRCC_AFFIDAVIT');
    const work = {
      ...startWork(sworn, '2026-03-16'),
      affidavit: { commissionerName: 'A. Tremblay', commissionerTitle: 'Commissioner', place: 'Toronto', swornAt: '2026-03-17' },
    };
    expect(respondInput(new Uint8Array([1]), 'jade ferry lantern seventeen', sworn, work).affidavit).toEqual(work.affidavit);
  });
});

describe('a signature image', () => {
  it('is a PNG or JPEG of at most 500 KB', () => {
    expect(signatureProblem({ type: 'image/png', size: 10_000 })).toBeNull();
    expect(signatureProblem({ type: 'image/jpeg', size: 500 * 1024 })).toBeNull();
    expect(signatureProblem({ type: 'image/gif', size: 10 })).toBe('type');
    expect(signatureProblem({ type: 'image/png', size: 500 * 1024 + 1 })).toBe('size');
  });

  it('travels as base64, byte for byte', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    expect(Uint8Array.from(atob(toBase64(bytes)), (c) => c.charCodeAt(0))).toEqual(bytes);
  });
});

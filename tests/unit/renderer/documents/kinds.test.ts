import { describe, expect, test } from 'vitest';
import type { IdApplication } from '../../../../src-main/core/model/applications.ts';
import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';
import {
  defaultDocumentLanguage,
  documentKindsFor,
  keptTarget,
  requestOptions,
  targetKindOf,
  targetsFor,
} from '../../../../src-renderer/features/documents/kinds.ts';
import case1 from '../../../fixtures/cases/case1-lai.json';

/** As src-main/documents/builders/document-types.ts lists them (the renderer's tests compile without the builders). */
const detentionDocumentKinds = [
  'release-plan',
  'bondsperson-declaration',
  'early-review-application',
  'interpreter-notice',
  'proof-of-service',
  'client-prep-sheet',
  'privacy-application',
  'documents-application',
  'witnesses-application',
  'summons-application',
  'change-date-application',
] as const;
const hcDocumentKinds = ['hc-submission', 'hc-letters-index', 'hc-forms-checklist'] as const;
const statementKinds = [
  'translator-declaration',
  'translator-affidavit',
  'translation-certificate',
  'statement-bilingual',
  'statement-translation',
  'statement-transcription',
  'interpreter-attestation',
] as const;
/** Documents about the evidence, for any case. */
const evidenceKinds = ['redaction-log'] as const;
const documentKinds = ['letter', 'timeline', ...statementKinds, ...detentionDocumentKinds, ...hcDocumentKinds, ...evidenceKinds] as const;

const detention = caseSchema.parse(case1.case);
const hc: Case = { ...detention, kind: 'hc' };

describe('the documents a case lists', () => {
  test('a detention review lists every detention document, the chronology and the statement documents, and no H&C document', () => {
    const kinds = documentKindsFor('detention-review');
    for (const kind of detentionDocumentKinds) expect(kinds).toContain(kind);
    for (const kind of hcDocumentKinds) expect(kinds).not.toContain(kind);
    expect(kinds.slice(0, 2)).toEqual(['interpreter-notice', 'early-review-application']);
    expect(kinds).toContain('timeline');
    expect(kinds).toContain('statement-bilingual');
  });

  test('an H&C application lists its three documents first and no detention document', () => {
    const kinds = documentKindsFor('hc');
    expect(kinds.slice(0, 3)).toEqual(hcDocumentKinds);
    for (const kind of detentionDocumentKinds) expect(kinds).not.toContain(kind);
    expect(kinds).toContain('translation-certificate');
  });

  test('every kind is a document the builders know, listed once; only the letter (written in Settings) is left out', () => {
    for (const caseKind of ['detention-review', 'hc'] as const) {
      const kinds = documentKindsFor(caseKind);
      expect(new Set(kinds).size).toBe(kinds.length);
      for (const kind of kinds) expect(documentKinds).toContain(kind);
      expect(kinds).not.toContain('letter');
    }
    const listed = new Set([...documentKindsFor('detention-review'), ...documentKindsFor('hc')]);
    expect(documentKinds.filter((k) => !listed.has(k))).toEqual(['letter']);
    expect(listed.size).toBe(documentKinds.length - 1);
  });
});

describe('targets', () => {
  test('each document names what it is made for', () => {
    expect(targetKindOf('interpreter-notice')).toBe('hearing');
    expect(targetKindOf('client-prep-sheet')).toBe('hearing');
    expect(targetKindOf('release-plan')).toBe('hearing');
    expect(targetKindOf('bondsperson-declaration')).toBe('person');
    expect(targetKindOf('proof-of-service')).toBe('service');
    expect(targetKindOf('translator-declaration')).toBe('statement');
    expect(targetKindOf('early-review-application')).toBe('application');
    expect(targetKindOf('summons-application')).toBe('application');
    expect(targetKindOf('timeline')).toBeNull();
    expect(targetKindOf('hc-submission')).toBeNull();
  });

  test('hearings are offered by date, bondspersons only among the people, statements only when translated', () => {
    expect(targetsFor(detention, 'interpreter-notice').map((t) => t.id)).toEqual(['h-48h', 'h-7d', 'h-admissibility']);
    expect(targetsFor(detention, 'bondsperson-declaration')).toEqual([
      {
        kind: 'person',
        id: 'p-chan-kwok-wai',
        familyName: 'Chan',
        givenNames: expect.any(String) as string,
        inScript: expect.any(String) as string,
      },
      {
        kind: 'person',
        id: 'p-tina-ho',
        familyName: 'Ho',
        givenNames: expect.any(String) as string,
        inScript: expect.any(String) as string,
      },
    ]);
    expect(targetsFor(detention, 'statement-bilingual').map((t) => t.id)).toEqual(['st-client-1']);
    const untranslated = { ...detention, statements: detention.statements.map((s) => ({ ...s, translations: [] })) };
    expect(targetsFor(untranslated, 'statement-bilingual')).toEqual([]);
    // A statement translated into English and French offers one choice per translation, each its own document.
    const both = {
      ...detention,
      statements: detention.statements.map((s) => ({
        ...s,
        transcription: { transcriberName: 'WONG Mei-ling' },
        translations: [...s.translations, { lang: 'fr' as const, paragraphs: [] }],
      })),
    };
    expect(targetsFor(both, 'translator-declaration').map((t) => t.id)).toEqual(['st-client-1:en', 'st-client-1:fr']);
    expect(requestOptions('translator-declaration', 'st-client-1:fr')).toEqual({ statementId: 'st-client-1', translationLang: 'fr' });
    expect(targetsFor(both, 'statement-transcription').map((t) => t.id)).toEqual(['st-client-1']);
    expect(targetsFor(detention, 'statement-transcription')).toEqual([]);
    expect(targetsFor(detention, 'proof-of-service').map((t) => t.id)).toEqual(['svc-release-plan']);
    expect(targetsFor(detention, 'early-review-application')).toEqual([]);
  });

  test('each application document is offered once per recorded application of its kind, and of no other', () => {
    const record = (id: string, kind: IdApplication['kind']): IdApplication => ({
      id,
      kind,
      status: 'draft',
      reasons: [],
      grounds: [],
      relief: [],
      hearApplicationInPrivate: true,
      proposedDates: [],
      serviceIds: [],
    });
    const applications = [
      record('app-r9', 'early-review'),
      record('app-r43-a', 'change-date'),
      { ...record('app-r43-b', 'change-date'), status: 'filed' as const, filedOn: '2026-03-16' },
      record('app-r45', 'private-proceeding'),
    ];
    const withApps: Case = { ...detention, detention: { ...detention.detention, applications } };
    expect(targetsFor(withApps, 'change-date-application').map((t) => t.id)).toEqual(['app-r43-a', 'app-r43-b']);
    expect(targetsFor(withApps, 'early-review-application').map((t) => t.id)).toEqual(['app-r9']);
    expect(targetsFor(withApps, 'privacy-application').map((t) => t.id)).toEqual(['app-r45']);
    expect(targetsFor(withApps, 'summons-application')).toEqual([]);
  });

  test('hearings entered out of order are still offered earliest first', () => {
    const reversed = { ...detention, detention: { ...detention.detention, hearings: [...detention.detention.hearings].reverse() } };
    expect(targetsFor(reversed, 'client-prep-sheet').map((t) => t.id)).toEqual(['h-48h', 'h-7d', 'h-admissibility']);
  });

  test('a chosen target becomes its option, and the default (empty) leaves the builder to choose', () => {
    expect(requestOptions('interpreter-notice', 'h-7d')).toEqual({ hearingId: 'h-7d' });
    expect(requestOptions('bondsperson-declaration', 'p-tina-ho')).toEqual({ personId: 'p-tina-ho' });
    expect(requestOptions('proof-of-service', 'svc-release-plan')).toEqual({ serviceId: 'svc-release-plan' });
    expect(requestOptions('translator-affidavit', 'st-client-1')).toEqual({ statementId: 'st-client-1' });
    expect(requestOptions('interpreter-notice', '')).toEqual({});
    expect(requestOptions('early-review-application', '')).toEqual({});
    expect(requestOptions('summons-application', 'app-r33')).toEqual({ applicationId: 'app-r33' });
    expect(requestOptions('hc-submission', 'h-7d')).toEqual({});
  });

  test('a target removed from the case falls back to the default', () => {
    const targets = targetsFor(detention, 'interpreter-notice');
    expect(keptTarget(targets, 'h-7d')).toBe('h-7d');
    expect(keptTarget(targets, 'h-gone')).toBe('');
  });
});

describe('the language of a document', () => {
  test("starts as the case's language of proceedings", () => {
    expect(defaultDocumentLanguage(detention)).toBe('en');
    expect(defaultDocumentLanguage({ matter: { ...hc.matter, languageOfProceedings: 'fr' } })).toBe('fr');
  });
});

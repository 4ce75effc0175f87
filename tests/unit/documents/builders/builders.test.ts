import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../../src-main/core/errors.ts';
import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';
import { buildDocument } from '../../../../src-main/documents/builders/build-document.ts';
import { CounselProfileMissingError, type CounselProfile } from '../../../../src-main/documents/builders/counsel-profile.ts';
import { detentionDocumentKinds, documentKinds, hcDocumentKinds } from '../../../../src-main/documents/builders/document-types.ts';
import { partialDateText } from '../../../../src-main/documents/builders/format-date.ts';
import { collectText } from '../../../../src-main/documents/text-walk.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { caught } from '../../../helpers/errors.ts';
import { counsel, withEarlyReview, withPrivacyApplication, withRuleApplications } from './helpers.ts';
import { editFirstTranslation } from '../../../helpers/translations.ts';

const load = (name: string): Case =>
  caseSchema.parse((JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')) as { case: unknown }).case);
const lai = load('case1-lai');
const srisuk = load('case2-srisuk');
const store = createTemplateStore();
/** The document's text: runs of one paragraph joined as they print, paragraphs on their own lines. */
const text = (c: Case, kind: (typeof documentKinds)[number], lang: 'en' | 'fr', profile: CounselProfile | null = counsel) =>
  collectText(buildDocument(kind, { case: c, counsel: profile ?? undefined, lang, today: '2026-03-17', templates: store.set(lang) }))
    .map((t, i, all) => (i > 0 && parentOf(all[i - 1]?.path ?? '') === parentOf(t.path) ? '' : '\n') + t.text)
    .join('')
    .slice(1);
const parentOf = (path: string): string => path.replace(/\[\d+\]$/u, '');

describe('document builders', () => {
  it('letter: letterhead, date, Re: line with file numbers, signature', () => {
    const en = text(lai, 'letter', 'en');
    for (const s of [
      'Harbourfront Community Legal Clinic',
      'March 17, 2026',
      // Case 1 has a pseudonym: the cover letter may become public, so it names her by it.
      'Re: W.S.L.',
      '0003-B6-01234',
      'CBSA-TOR-2026-5531',
      'Law Society of Ontario no. 71234P',
    ])
      expect(en).toContain(s);
    const fr = text(lai, 'letter', 'fr');
    expect(fr).toContain('17 mars 2026');
    expect(fr).toContain('Objet\u00A0: W.S.L.');
  });

  it('timeline: rows by date, dates as written with Gregorian ranges, sources or an empty cell', () => {
    const en = text(srisuk, 'timeline', 'en');
    // The date of birth is stated in the document's language and calendar; a row quoting a source keeps its words.
    expect(en).toContain('— born August 12, 1988');
    expect(text(srisuk, 'timeline', 'fr')).toContain('— né(e) le 12 août 1988');
    expect(en).toContain('2020\n(c.\n2020-01-01 –\n2020-12-31)');
    expect(en.indexOf('1988-08-12')).toBeLessThan(en.indexOf('2019-08-14'));
    expect(en.indexOf('2019-08-14')).toBeLessThan(en.indexOf('2021-02-03'));
    expect(en).not.toContain('No source cited');
    expect(text(lai, 'timeline', 'en')).toContain('Notice of seizure (IRPA s.140), p. 1');
    expect(text(srisuk, 'timeline', 'fr')).toContain('2020\n(vers\n2020-01-01 –\n2020-12-31)');
  });

  it('formats partial dates as written', () => {
    expect(
      partialDateText({
        calendar: 'gregorian',
        original: 'winter 2025',
        qualifier: 'season',
        earliest: '2025-01-01',
        latest: '2025-03-20',
        confidence: 'low',
      }),
    ).toBe('winter 2025 (2025-01-01 – 2025-03-20)');
    expect(
      partialDateText({
        calendar: 'gregorian',
        original: '2026-03-10',
        year: 2026,
        month: 3,
        day: 10,
        qualifier: 'exact',
        confidence: 'high',
      }),
    ).toBe('2026-03-10');
  });

  it("translator's declaration in English and French, with language, dialect and the accuracy statement", () => {
    const en = text(lai, 'translator-declaration', 'en');
    for (const s of [
      "Translator's declaration",
      'WONG Mei-ling (王美玲)',
      'Chinese (Cantonese), Traditional Chinese script',
      'Dialect: Cantonese',
      'English',
      // The translator's own signed statement of accuracy, as recorded with the translation.
      'The translation is accurate and complete to the best of my knowledge and ability.',
      'Statement of LAI Wing-sze',
      '2026年3月16日 (2026-03-16)',
      'Signature of the translator',
    ])
      expect(en).toContain(s);
    const fr = text(srisuk, 'translator-declaration', 'fr');
    for (const s of [
      'Déclaration du traducteur',
      'BOONMEE Preecha (ปรีชา บุญมี)',
      'Langue traduite\u00A0: thaï',
      'traduction fidèle et exacte',
      '๑๐ เม.ย. ๒๕๖๙ (2026-04-10)',
      'Signature du traducteur',
    ])
      expect(fr).toContain(s);
  });

  it('requires the dialect before the RPD', () => {
    const rpd: Case = {
      ...srisuk,
      matter: { ...srisuk.matter, forum: 'IRB-RPD' },
      statements: srisuk.statements.map((s) =>
        editFirstTranslation(s, (t) => ({ ...t, certification: undefined, destination: undefined })),
      ),
    };
    expect(() => text(rpd, 'translator-declaration', 'en')).toThrow(/dialect/u);
  });

  it('a missing counsel profile is a typed error pointing to Settings, never an empty letterhead', () => {
    for (const kind of ['letter', 'timeline'] as const) {
      let caught: unknown;
      try {
        text(lai, kind, 'en', null);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CounselProfileMissingError);
      expect(isDossierError(caught) && caught.message).toMatch(/Settings → Counsel profile/u);
    }
  });

  it('builds every document type in both languages: the general ones for both fixtures, the detention ones for Case 1, the H&C ones for Case 2', () => {
    const general = documentKinds.filter((k) => !detentionDocumentKinds.includes(k) && !hcDocumentKinds.includes(k));
    expect(general).toEqual([
      'letter',
      'timeline',
      'translator-declaration',
      'translator-affidavit',
      'translation-certificate',
      'statement-bilingual',
      'statement-translation',
      'statement-transcription',
      'interpreter-attestation',
      'redaction-log',
    ]);
    for (const lang of ['en', 'fr'] as const) {
      for (const c of [lai, srisuk])
        for (const kind of general) {
          // Neither fixture records a read-back; the attestation is tested in statement-documents.test.ts.
          if (kind === 'interpreter-attestation') continue;
          // Neither records a transcription: one is added for it.
          const withTranscription = {
            ...c,
            statements: c.statements.map((s) => ({ ...s, transcription: { transcriberName: 'WONG Mei-ling' } })),
          };
          // Neither has a redacted exhibit: one is added for the redaction log.
          const withRedaction = {
            ...c,
            exhibits: c.exhibits.map((e, i) =>
              i === 0
                ? {
                    ...e,
                    redaction: {
                      marks: [],
                      applied: {
                        blobId: 'blob-redacted',
                        sha256: 'c'.repeat(64),
                        appliedAt: '2026-12-01T10:00:00Z',
                        basedOn: 'original' as const,
                        log: [
                          {
                            id: 'mark-1',
                            page: 1,
                            rect: { left: 72, bottom: 700, right: 180, top: 720 },
                            reason: 'thirdParty' as const,
                            source: 'area' as const,
                            markedAt: '2026-12-01T09:00:00Z',
                          },
                        ],
                      },
                    },
                  }
                : e,
            ),
          };
          const subject = kind === 'statement-transcription' ? withTranscription : kind === 'redaction-log' ? withRedaction : c;
          expect(text(subject, kind, lang).length).toBeGreaterThan(100);
        }
      for (const kind of detentionDocumentKinds)
        expect(text(withRuleApplications(withPrivacyApplication(withEarlyReview(lai))), kind, lang).length).toBeGreaterThan(400);
      for (const kind of hcDocumentKinds) expect(text(srisuk, kind, lang).length).toBeGreaterThan(400);
    }
  });

  it('refuses the detention documents for a case with no detention, naming the field', () => {
    for (const kind of ['release-plan', 'early-review-application', 'proof-of-service', 'bondsperson-declaration'] as const)
      expect(caught(() => text(srisuk, kind, 'en')).issues[0]?.path).toMatch(/^(detention|people)/u);
  });
});

describe('template store', () => {
  it('keeps the default usable when an override has errors, and resets', async () => {
    const s = createTemplateStore();
    const bad = s.defaultText('en', 'letter').replace('{{today}}', '{{client.nmae}}');
    await expect(s.saveOverride('en', 'letter', bad)).rejects.toThrow(
      /en\/letter\.md line \d+, column \d+: unknown field \{\{client\.nmae\}\}/u,
    );
    expect(s.list('en').find((e) => e.id === 'letter')?.overridden).toBe(false);
    const good = s.defaultText('en', 'letter').replace('Dear Sir or Madam:', 'Dear Member:');
    expect((await s.saveOverride('en', 'letter', good)).overridden).toBe(true);
    expect(
      collectText(buildDocument('letter', { case: lai, counsel, lang: 'en', today: '2026-03-17', templates: s.set('en') })).map(
        (t) => t.text,
      ),
    ).toContain('Dear Member:');
    expect((await s.resetOverride('en', 'letter')).overridden).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { IdApplication } from '../../../../src-main/core/model/applications.ts';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { caught } from '../../../helpers/errors.ts';
import { build, load, text, withEarlyReview, withoutPseudonym, withRuleApplications } from './helpers.ts';

const lai = withRuleApplications(withoutPseudonym(load('case1-lai')));
const NBSP = '\u00A0';

function edited(id: string, change: object): Case {
  const applications = (lai.detention.applications ?? []).map((a) => (a.id === id ? { ...a, ...change } : a));
  return { ...lai, detention: { ...lai.detention, applications } };
}

describe('the r.26, r.32, r.33 and r.43 application documents', () => {
  it('r.26: the documents listed, r.26(a) timing for a 7-day review, the statement of service under r.26 and r.29', () => {
    const en = text(lai, 'documents-application', { today: '2026-03-16' });
    expect(en).toContain('Disclosure of documents to be used at the hearing (ID Rules, r.26)');
    expect(en).toContain('Letter of the Scarborough shelter');
    expect(en).toContain('The documents are provided as soon as possible before the review, as ID Rules r.26(a) requires');
    expect(en).toContain('Statement of service (ID Rules, r.26 and r.29)');
    expect(en).toContain('a copy of this notice of the documents to be used at the hearing was provided');
    expect(en).not.toMatch(/\{\{|\}\}|undefined/u);
  });

  it('r.32: the witness and the five-day limit of r.32(2)(b) for an admissibility hearing', () => {
    const en = text(edited('app-r32', { hearingId: 'h-admissibility' }), 'witnesses-application', { today: '2026-04-01' });
    expect(en).toContain('intends to call CHAN Mei-ling as a witness');
    expect(en).toContain(
      'This information is provided so that it is received at least five days before the hearing, as ID Rules r.32(2)(b) requires',
    );
    expect(en).toContain('Statement of service (ID Rules, r.32(1) and r.29)');
  });

  it('r.33 in French: the person summoned, r.38(2), French spacing and citations', () => {
    const fr = text(lai, 'summons-application', { lang: 'fr', today: '2026-04-01' });
    expect(fr).toContain('Demande de citation à comparaître (Règles de la SI, règle 33)');
    expect(fr).toContain('ordonnant à the manager of the Mississauga spa de témoigner');
    expect(fr).toContain(`audience suivante${NBSP}: Enquête`);
    expect(fr).toContain('Déclaration de signification (Règles de la SI, par. 33(1) et al. 38(5)b))');
    expect(fr).toContain('déclare avoir transmis une copie de la présente demande de citation à comparaître comme suit');
    expect(fr).not.toMatch(/\{\{|\}\}|undefined/u);
  });

  it('r.43: the dates proposed with their weekdays, in both languages', () => {
    const en = text(lai, 'change-date-application', { today: '2026-04-01' });
    expect(en).toContain('Application to change the date or time of a hearing (ID Rules, r.43)');
    expect(en).toContain('Wednesday, April 29, 2026');
    expect(en).toContain('Wednesday, May 6, 2026');
    expect(en).toContain('(r.43(3))');
    const fr = text(lai, 'change-date-application', { lang: 'fr', today: '2026-04-01' });
    expect(fr).toContain('mercredi 29 avril 2026');
    expect(fr).toContain(`par ordre de préférence${NBSP}:`);
  });

  it('refuses with each missing field named: the witness, the dates proposed, the reasons, the service', () => {
    const witness = caught(() =>
      build(edited('app-r33', { witness: ' ', serviceIds: [] }), 'summons-application', { today: '2026-04-01' }),
    );
    expect(witness.issues.map((i) => [i.path, i.code])).toEqual([
      ['detention.applications.2.witness', 'applicationNoWitness'],
      ['detention.applications.2.serviceIds', 'noServiceRecorded'],
    ]);
    const dates = caught(() => build(edited('app-r43', { proposedDates: [], reasons: [] }), 'change-date-application'));
    expect(dates.issues.map((i) => [i.path, i.code])).toEqual([
      ['detention.applications.3.proposedDates', 'applicationNoProposedDate'],
      ['detention.applications.3.reasons', 'applicationNoReasons'],
    ]);
  });

  it('builds the application chosen, and refuses one of another kind', () => {
    expect(text(lai, 'witnesses-application', { today: '2026-03-16', options: { applicationId: 'app-r32' } })).toContain('CHAN Mei-ling');
    expect(caught(() => build(lai, 'witnesses-application', { options: { applicationId: 'app-r33' } })).issues[0]?.path).toBe(
      'applicationId',
    );
  });
});

describe('the r.9 and r.17 documents follow their application records', () => {
  const record = (id: string, kind: IdApplication['kind'], extra: Partial<IdApplication>): IdApplication => ({
    id,
    kind,
    status: 'draft',
    reasons: [],
    grounds: [],
    relief: [],
    hearApplicationInPrivate: true,
    proposedDates: [],
    serviceIds: [],
    ...extra,
  });
  const withRecords = (c: Case): Case => ({
    ...c,
    detention: {
      ...c.detention,
      applications: [
        record('app-r9', 'early-review', { reasons: ['A bed at the Scarborough shelter was offered on 15 March 2026.'] }),
        record('app-r17', 'interpreter', { hearingId: 'h-admissibility' }),
      ],
    },
  });

  it("r.9: the record's paragraphs are new facts, after the review's own", () => {
    const en = text(withRecords(withEarlyReview(lai)), 'early-review-application', {
      today: '2026-03-12',
      options: { applicationId: 'app-r9' },
    });
    expect(en.indexOf('CHAN Kwok-wai')).toBeLessThan(en.indexOf('Scarborough shelter was offered'));
    expect(en.indexOf('Scarborough shelter was offered')).toBeGreaterThan(0);
    expect(
      caught(() => build(withRecords(withEarlyReview(lai)), 'early-review-application', { options: { applicationId: 'app-r17' } }))
        .issues[0]?.path,
    ).toBe('applicationId');
  });

  it('r.17: a draft record that names a hearing gives the notice its hearing; a hearing chosen still wins', () => {
    const byRecord = text(withRecords(lai), 'interpreter-notice', { today: '2026-03-12' });
    expect(byRecord).toContain('April 22, 2026');
    const chosen = text(withRecords(lai), 'interpreter-notice', { today: '2026-03-12', options: { hearingId: 'h-7d' } });
    expect(chosen).toContain('March 18, 2026');
  });
});

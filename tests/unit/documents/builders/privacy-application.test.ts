import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { caught } from '../../../helpers/errors.ts';
import { build, load, text, withoutPseudonym, withPrivacyApplication } from './helpers.ts';

const lai = withPrivacyApplication(withoutPseudonym(load('case1-lai')));
const NBSP = '\u00A0';

function edited(change: (a: NonNullable<Case['detention']['applications']>[number]) => object): Case {
  const [app] = lai.detention.applications ?? [];
  if (!app) throw new Error('no application');
  return { ...lai, detention: { ...lai.detention, applications: [{ ...app, ...change(app) }] } };
}

describe('the ID Rule 45 application', () => {
  it('in English: the relief, grounds, reasons, r.45(4)(a) timing for a 7-day review, and a statement of service', () => {
    const en = text(lai, 'privacy-application', { today: '2026-03-16' });
    expect(en).toContain('Application for a proceeding in private and other confidentiality measures (ID Rules, r.45)');
    expect(en).toContain('that the proceeding be conducted in the absence of the public;');
    expect(en).toContain("identified by initials only in the Division's decision");
    expect(en).toContain('context of human trafficking');
    expect(en).toContain('IRPA s.166(b)(i)');
    expect(en).toContain('this application itself be heard in private');
    expect(en).toContain('as soon as possible before the review, as ID Rules r.45(4)(a) requires');
    expect(en).toContain('Statement of service (ID Rules, r.38(5)(b) and r.45(3))');
    expect(en).toContain("Provided by email to Minister's counsel, CBSA hearings, Greater Toronto Area");
    expect(en).not.toMatch(/\{\{|\}\}|undefined/u);
  });

  it('in French, with French typography and the French citation', () => {
    const fr = text(lai, 'privacy-application', { lang: 'fr', today: '2026-03-16' });
    expect(fr).toContain('Demande de huis clos et d’autres mesures de confidentialité'.replace('’', "'"));
    expect(fr).toContain('que la procédure se tienne à huis clos');
    expect(fr).toContain(`Règles de la SI, al. 45(4)a)`);
    expect(fr).toContain(`Objet${NBSP}:`);
    expect(fr).toContain(`traite de personnes${NBSP}:`);
    expect(fr).toContain('Déclaration de signification');
    expect(fr).toContain('par courriel');
    expect(fr).not.toMatch(/\{\{|\}\}|undefined/u);
  });

  it('for a hearing that is not a 48-hour or 7-day review, the five-day limit of r.45(4)(b)', () => {
    const en = text(
      edited(() => ({ hearingId: 'h-admissibility' })),
      'privacy-application',
      { today: '2026-04-01' },
    );
    expect(en).toContain('received at least five days before the hearing, as ID Rules r.45(4)(b) requires');
  });

  it('names the client by her pseudonym: the application is filed with the Division', () => {
    const named = withPrivacyApplication(load('case1-lai'));
    const en = text(named, 'privacy-application', { today: '2026-03-16' });
    expect(en).toContain('W.S.L.');
    expect(en).not.toContain('LAI Wing-sze');
  });

  it('refuses to print without grounds, relief, reasons or a recorded service, naming each field', () => {
    const empty = edited(() => ({ grounds: [], relief: [], reasons: ['  '], serviceIds: [] }));
    const error = caught(() => build(empty, 'privacy-application', { today: '2026-03-16' }));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['detention.applications.0.grounds', 'applicationNoGrounds'],
      ['detention.applications.0.relief', 'applicationNoRelief'],
      ['detention.applications.0.reasons', 'applicationNoReasons'],
      ['detention.applications.0.serviceIds', 'noServiceRecorded'],
    ]);
  });

  it('refuses when the case records no r.45 application', () => {
    const none = { ...lai, detention: { ...lai.detention, applications: [] } };
    expect(caught(() => build(none, 'privacy-application')).issues[0]?.path).toBe('detention.applications');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyAfterApplications, privacyPrompts } from '../../../../src-main/core/applications/privacy-prompt.ts';
import { idApplicationSchema, type Case } from '../../../../src-main/core/model/case.ts';
import { parseCaseFile } from '../../../../src-main/core/model/interchange.ts';
import { issueText } from '../../../../src-main/core/issues/text.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const load = (name: string): Case => parseCaseFile(JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', name), 'utf8'))).case;

/** Case 1 with the proceeding public and nothing recorded about privacy. */
function publicCase1(): Case {
  const c = load('case1-lai.json');
  return { ...c, matter: { ...c.matter, privacy: 'public' } };
}

const r45 = (status: 'draft' | 'filed' | 'granted' | 'withdrawn', relief: string[] = ['private-hearing']) =>
  idApplicationSchema.parse({ id: 'r45-a', kind: 'private-proceeding', status, grounds: ['trafficking'], relief });

describe('the r.45 prompt', () => {
  it('case 1 as filed says privacy was requested but no application is recorded', () => {
    expect(privacyPrompts(load('case1-lai.json'), '2026-03-11')).toEqual([
      { code: 'privacy.requestedNotRecorded', path: 'matter.privacy', evidence: ['matter.privacy'] },
    ]);
  });

  it('a public case 1: the Minister framed her as a trafficking victim at the 48-hour review', () => {
    const prompts = privacyPrompts(publicCase1(), '2026-03-11');
    expect(prompts.map((p) => p.code)).toEqual(['privacy.trafficking']);
    expect(prompts[0]?.evidence).toEqual(['detention.hearings.0.ministerFramings', 'timeline.1.summary']);
  });

  it('massage or sex work in a work event prompts, in English or French, accents or not', () => {
    for (const summary of [
      'Worked as a masseuse at a spa in Markham.',
      'A travaillé dans un salon de massage.',
      'Travail du sexe à Montréal.',
    ]) {
      const c = publicCase1();
      const prompts = privacyPrompts(
        { ...c, timeline: [...c.timeline, { ...c.timeline[0]!, id: 'tl-work', category: 'work', summary }] },
        '2026-03-11',
      );
      expect(prompts.map((p) => p.code)).toContain('privacy.work');
    }
  });

  it('a work event that only mentions a nail salon does not prompt for work', () => {
    const c = publicCase1();
    const prompts = privacyPrompts(
      { ...c, timeline: [...c.timeline, { ...c.timeline[0]!, id: 'tl-work', category: 'work', summary: 'Nail salon in Scarborough.' }] },
      '2026-03-11',
    );
    expect(prompts.map((p) => p.code)).not.toContain('privacy.work');
  });

  it('a claim made more than a year after a 2021 entry is possibly ineligible, so the hearing is not private as of right', () => {
    const c = publicCase1();
    const late: Case = {
      ...c,
      client: {
        ...c.client,
        entries: [
          { date: { calendar: 'gregorian', original: '2021-05-01', year: 2021, month: 5, day: 1, qualifier: 'exact', confidence: 'high' } },
        ],
      },
      hc: { ...c.hc, claimDate: '2026-03-11' },
    };
    expect(privacyPrompts(late, '2026-03-12').map((p) => p.code)).toContain('privacy.ineligibleClaim');
    expect(privacyPrompts({ ...late, hc: { ...late.hc, pendingClaim: true } }, '2026-03-12').map((p) => p.code)).not.toContain(
      'privacy.ineligibleClaim',
    );
  });

  it('is silent when the proceeding is private as of right or by order, or an r.45 application is recorded', () => {
    const c = publicCase1();
    expect(privacyPrompts({ ...c, matter: { ...c.matter, privacy: 'private-166c1' } }, '2026-03-11')).toEqual([]);
    expect(privacyPrompts({ ...c, matter: { ...c.matter, privacy: 'private-ordered' } }, '2026-03-11')).toEqual([]);
    expect(privacyPrompts({ ...c, detention: { ...c.detention, applications: [r45('draft')] } }, '2026-03-11')).toEqual([]);
    expect(privacyPrompts({ ...c, detention: { ...c.detention, applications: [r45('withdrawn')] } }, '2026-03-11')).not.toEqual([]);
  });

  it('every prompt has English and French wording', () => {
    for (const code of ['privacy.work', 'privacy.trafficking', 'privacy.ineligibleClaim', 'privacy.requestedNotRecorded'] as const) {
      expect(issueText(code, { evidence: 'x' }, 'en')).toMatch(/Rule 45/u);
      expect(issueText(code, { evidence: 'x' }, 'fr')).toMatch(/règle 45/u);
    }
  });
});

describe('matter.privacy follows the r.45 applications', () => {
  it('filed → requested; granted with a private hearing → ordered; s.166(c.1) stays; a draft changes nothing', () => {
    expect(privacyAfterApplications('public', [r45('filed')])).toBe('private-requested');
    expect(privacyAfterApplications('private-requested', [r45('granted')])).toBe('private-ordered');
    expect(privacyAfterApplications('public', [r45('granted', ['initials'])])).toBe('public');
    expect(privacyAfterApplications('private-166c1', [r45('filed')])).toBe('private-166c1');
    expect(privacyAfterApplications('public', [r45('draft')])).toBe('public');
  });
});

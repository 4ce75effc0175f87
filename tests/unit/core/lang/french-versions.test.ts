import { describe, expect, it } from 'vitest';
import { applicationFrenchWarnings, frenchVersionWarnings } from '../../../../src-main/core/lang/french-versions.ts';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { buildDocumentChecked } from '../../../../src-main/documents/builders/build-document.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { counsel, load, withPrivacyApplication, withRuleApplications } from '../../documents/builders/helpers.ts';

const lai = load('case1-lai');
const french = (c: Case): Case => ({ ...c, matter: { ...c.matter, languageOfProceedings: 'fr' } });

/** HO Tina, rejected on the Minister's objection, with counsel's answer in English only (or in French too). */
function objected(c: Case, answerFr?: string): Case {
  return {
    ...c,
    people: c.people.map((p) =>
      p.id === 'p-tina-ho' && p.bondsperson
        ? {
            ...p,
            bondsperson: {
              ...p.bondsperson,
              objection: {
                by: 'minister',
                basis: 'an alleged material benefit',
                date: '2026-03-12',
                answer: 'Ms. Ho has never received money from the client.',
                ...(answerFr === undefined ? {} : { answerFr }),
              },
            },
          }
        : p,
    ),
  };
}

describe("the Packets tab's French list", () => {
  it("names a rejected bondsperson's answer to an objection that has no French version, and only then", () => {
    const index = lai.people.findIndex((p) => p.id === 'p-tina-ho');
    const missing = frenchVersionWarnings(french(objected(lai)), 'detention-release-plan').filter(
      (w) => w.code === 'french.objectionAnswer',
    );
    expect(missing).toEqual([
      { code: 'french.objectionAnswer', path: `people.${String(index)}.bondsperson.objection.answerFr`, params: { name: 'HO Tina' } },
    ]);
    const answered = frenchVersionWarnings(french(objected(lai, 'Mme Ho n’a jamais reçu d’argent.')), 'detention-release-plan');
    expect(answered.map((w) => w.code)).not.toContain('french.objectionAnswer');
    expect(frenchVersionWarnings(objected(lai), 'detention-release-plan')).toEqual([]);
  });
});

describe("counsel's paragraphs of an ID Rules application in a French filing", () => {
  const apps = withRuleApplications(withPrivacyApplication(lai));

  it('are named for each application not withdrawn, with the rule it is made under; none in English', () => {
    expect(applicationFrenchWarnings(apps, 'fr').map((w) => [w.path, w.code, w.params['rule']])).toEqual([
      ['detention.applications.0.reasons', 'french.applicationReasons', '45'],
      ['detention.applications.1.reasons', 'french.applicationReasons', '26'],
      ['detention.applications.2.reasons', 'french.applicationReasons', '32'],
      // The r.32 witness information's own words (testimony, relationship) print as typed too.
      ['detention.applications.2.testimony', 'french.witnessText', undefined],
      ['detention.applications.3.reasons', 'french.applicationReasons', '33'],
      ['detention.applications.4.reasons', 'french.applicationReasons', '43'],
    ]);
    expect(applicationFrenchWarnings(apps, 'en')).toEqual([]);
  });

  it('come back with the French r.45 and r.43 documents, for the application each files', () => {
    const store = createTemplateStore();
    const build = (kind: 'privacy-application' | 'change-date-application', lang: 'en' | 'fr') =>
      buildDocumentChecked(kind, { case: apps, counsel, lang, today: '2026-03-16', templates: store.set(lang) }).warnings;
    expect(build('privacy-application', 'fr').map((w) => [w.path, w.code])).toEqual([
      ['detention.applications.0.reasons', 'french.applicationReasons'],
    ]);
    expect(build('change-date-application', 'fr').map((w) => w.path)).toEqual(['detention.applications.4.reasons']);
    expect(build('privacy-application', 'en')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { frenchVersionWarnings } from '../../../../src-main/core/lang/french-versions.ts';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { packetDocuments } from '../../../../src-main/packet/contents/generated.ts';
import { packetDocumentPlaces } from '../../../../src-main/packet/contents/places.ts';
import { PACKET_PRESETS } from '../../../../src-main/packet/plan/presets.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { counsel, load, textOf, withoutPseudonym, withPrivacyApplication, withRuleApplications } from '../../documents/builders/helpers.ts';

const kinds = PACKET_PRESETS['detention-application'].documents;
/** Case 1 with her r.45 application as a draft and the r.26, r.32, r.33 and r.43 ones, the r.26 one already filed. */
const lai: Case = (() => {
  const c = withRuleApplications(withPrivacyApplication(withoutPseudonym(load('case1-lai'))));
  const applications = (c.detention.applications ?? []).map((a) =>
    a.id === 'app-r45'
      ? { ...a, status: 'draft' as const }
      : a.id === 'app-r26'
        ? { ...a, status: 'filed' as const, filedOn: '2026-03-16' }
        : a,
  );
  return { ...c, detention: { ...c.detention, applications } };
})();

describe('the ID Rules application packet', () => {
  it('opens with each application recorded as a draft, then the supporting statement with its translation and declaration', () => {
    const places = packetDocumentPlaces(kinds, lai, new Set());
    expect(places.map((p) => [p.kind, p.applicationId ?? p.statementId])).toEqual([
      ['privacy-application', 'app-r45'],
      ['witnesses-application', 'app-r32'],
      ['summons-application', 'app-r33'],
      ['change-date-application', 'app-r43'],
      ['statement-bilingual', 'st-client-1'],
      ['translator-declaration', 'st-client-1'],
    ]);
  });

  it('builds each application from its own record, its statement of service its last page', () => {
    const store = createTemplateStore();
    const onlyR45: Case = {
      ...lai,
      detention: { ...lai.detention, applications: (lai.detention.applications ?? []).filter((a) => a.id === 'app-r45') },
    };
    const [first] = packetDocuments(
      kinds,
      { case: onlyR45, counsel, lang: 'en', today: '2026-03-16', templates: store.set('en') },
      new Set(),
    );
    expect(first?.title).toMatch(/^Application for a proceeding in private — LAI Wing-sze/u);
    const text = first ? textOf(first.doc) : '';
    expect(text.lastIndexOf('Statement of service (ID Rules, r.38(5)(b) and r.45(3))')).toBeGreaterThan(text.indexOf('Reasons'));
    expect(first?.kind).toBe('privacy-application');
  });

  it("names counsel's paragraphs of each draft in a French filing, not those of an application already filed", () => {
    const french: Case = { ...lai, matter: { ...lai.matter, languageOfProceedings: 'fr' } };
    expect(frenchVersionWarnings(french, 'detention-application').map((w) => [w.code, w.params['rule']])).toEqual([
      ['french.applicationReasons', '45'],
      ['french.applicationReasons', '32'],
      // The r.32 witness information's own typed words, named beside counsel's paragraphs.
      ['french.witnessText', undefined],
      ['french.applicationReasons', '33'],
      ['french.applicationReasons', '43'],
    ]);
    expect(frenchVersionWarnings(lai, 'detention-application')).toEqual([]);
  });
});

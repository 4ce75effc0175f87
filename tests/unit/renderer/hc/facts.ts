import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';
import case1 from '../../../fixtures/cases/case1-lai.json';

/**
 * Case 2 of the domain facts (§10) as the H&C tab builds it: the client's daughter, the decision
 * that starts the 12-month bar, the exhibits, factors and letters. Built over Case 1's client
 * record so the test reads only the fixture the renderer's project compiles.
 */
export function case2(overrides: Partial<Case['hc']> = {}): Case {
  return caseSchema.parse({
    ...case1.case,
    kind: 'hc',
    people: [
      { id: 'p-mali', roles: ['family'], familyName: 'Srisuk-Dunn', givenNames: 'Mali', relationshipToClient: 'daughter' },
      { id: 'p-sister', roles: ['family', 'translator'], familyName: 'Srisuk', givenNames: 'Nattaya', translator: {} },
      { id: 'p-teacher', roles: ['support-author'], familyName: 'Dunbar', givenNames: 'Claire' },
    ],
    exhibits: [
      { id: 'x-employer', title: 'Employer letter, nail salon' },
      { id: 'x-school', title: "Letter from Mali's school" },
      { id: 'x-psych', title: "Child psychologist's report" },
      { id: 'x-birth', title: 'Birth certificate (Thai)' },
      { id: 'x-birth-en', title: 'Birth certificate, English translation', partOf: 'x-birth' },
    ],
    statements: [],
    hc: {
      lastNegativeDecision: '2026-01-20',
      lastNegativeDecisionKind: 'FC_LEAVE_REFUSED',
      factors: [
        { kind: 'ESTABLISHMENT', narrative: 'Steady work since 2021.', exhibitIds: ['x-employer'] },
        { kind: 'BIOC', narrative: 'Mali depends on her mother.', exhibitIds: ['x-school', 'x-psych'] },
      ],
      letters: [
        { id: 'ls-teacher', authorName: 'Claire Dunbar', authorId: 'p-teacher', lang: 'en', exhibitId: 'x-school' },
        { id: 'ls-abbot', authorName: 'Phra Khru Somchai', lang: 'th' },
      ],
      ...overrides,
    },
  });
}

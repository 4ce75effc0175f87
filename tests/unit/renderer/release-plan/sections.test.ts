import { describe, expect, test } from 'vitest';
import { caseSchema } from '../../../../src-main/core/model/case.ts';
import type { FieldProblem } from '../../../../src-renderer/api/validation.ts';
import { planSections, problemCounts, sectionOfProblem } from '../../../../src-renderer/features/release-plan/sections.ts';
import case1 from '../../../fixtures/cases/case1-lai.json';

const fixture = caseSchema.parse(case1.case);
const problem = (path: string): FieldProblem => ({ path, key: 'required', values: {}, fallback: 'This is required.' });
const bondspersonIndex = fixture.people.findIndex((p) => p.roles.includes('bondsperson'));
const otherIndex = fixture.people.findIndex((p) => !p.roles.includes('bondsperson'));

describe('the release plan sections', () => {
  test('each problem belongs to the section that shows its field', () => {
    expect(sectionOfProblem(`people.${bondspersonIndex}.bondsperson.deposit`, fixture)).toBe('bondspersons');
    expect(sectionOfProblem(`people.${otherIndex}.familyName`, fixture)).toBeNull();
    expect(sectionOfProblem('detention.releasePlan.residence.household.0.name', fixture)).toBe('residence');
    expect(sectionOfProblem('detention.releasePlan.supervisor.organisation', fixture)).toBe('supervisor');
    expect(sectionOfProblem('detention.releasePlan.conditions.2.details', fixture)).toBe('conditions');
    expect(sectionOfProblem('detention.releasePlan.factors.0.narrative', fixture)).toBe('factors');
    expect(sectionOfProblem('detention.releasePlan.groundResponses.0.response', fixture)).toBe('factors');
    expect(sectionOfProblem('detention.earlyReview.newFacts.0', fixture)).toBe('earlyReview');
    expect(sectionOfProblem('detention.service.0.document', fixture)).toBe('service');
    expect(sectionOfProblem('detention.episodes.0.start', fixture)).toBeNull();
    expect(sectionOfProblem('client.uci', fixture)).toBeNull();
  });

  test('counts per section, every section present', () => {
    const counts = problemCounts(
      [problem('detention.releasePlan.conditions.0.details'), problem('detention.releasePlan.conditions.1.details'), problem('client.uci')],
      fixture,
    );
    expect(Object.keys(counts)).toEqual(planSections.map((s) => s.id));
    expect(counts.conditions).toBe(2);
    expect(counts.bondspersons).toBe(0);
  });
});

import { describe, expect, test } from 'vitest';
import { mapHcEvidence } from '../../../../src-main/core/hc/evidence.ts';
import { hcFactorKinds, hcFormCodes, hcSchema, supportLetterSchema } from '../../../../src-main/core/model/case.ts';
import * as model from '../../../../src-renderer/features/hc/model.ts';
import { case2 } from './facts.ts';

describe('new rows', () => {
  test('a factor is relied on with nothing written or linked, and a valid one', () => {
    expect(hcSchema.parse({ factors: [model.newFactor('HARDSHIP')] }).factors).toEqual([
      { kind: 'HARDSHIP', reliedOn: true, narrative: '', exhibitIds: [] },
    ]);
  });

  test('an exception names no child until one is chosen', () => {
    expect(model.newException('BIOC')).toEqual({ kind: 'BIOC', narrative: '', exhibitIds: [] });
  });

  test('a letter claims no author or language, so it cannot be saved until counsel types them', () => {
    const result = supportLetterSchema.safeParse(model.newLetter('ls-0123456789abcdef'));
    expect(result.success).toBe(false);
    expect(new Set(result.error?.issues.map((i) => i.path.join('.')))).toEqual(new Set(['authorName', 'lang']));
    expect(
      supportLetterSchema.safeParse({ ...model.newLetter('ls-0123456789abcdef'), authorName: 'Rosa Almeida', lang: 'en' }).success,
    ).toBe(true);
  });

  test('the factor kinds offered are those not yet in the list, in the IMM 5283 order', () => {
    expect(model.unusedFactorKinds([])).toEqual([...hcFactorKinds]);
    expect(model.unusedFactorKinds([{ kind: 'BIOC' }, { kind: 'ESTABLISHMENT' }])).toEqual(hcFactorKinds.slice(2));
    expect(model.unusedFactorKinds(hcFactorKinds.map((kind) => ({ kind })))).toEqual([]);
  });
});

describe('the forms checklist', () => {
  test('form numbers are written as IRCC prints them', () => {
    expect(model.formatFormCode('IMM0008')).toBe('IMM 0008');
    expect(model.formatFormCode('IMM5283')).toBe('IMM 5283');
  });

  test('lists every form of the kit in its order, with what is recorded', () => {
    const rows = model.formRows([{ code: 'IMM5476', status: 'signed', note: '' }]);
    expect(rows.map((r) => r.code)).toEqual([...hcFormCodes]);
    expect(rows.find((r) => r.code === 'IMM5476')?.status).toBe('signed');
    expect(rows.filter((r) => r.status === 'todo')).toHaveLength(7);
  });

  test('a change records the whole kit once, each form once, and the schema accepts it', () => {
    let forms = model.withForm([], 'IMM5283', { note: 'English only' });
    forms = model.withForm(forms, 'IMM5283', { status: 'done' });
    forms = model.withForm(forms, 'IMM0008', { status: 'uploaded' });
    expect(forms.map((f) => f.code)).toEqual([...hcFormCodes]);
    expect(forms.find((f) => f.code === 'IMM5283')).toEqual({ code: 'IMM5283', status: 'done', note: 'English only' });
    expect(forms.find((f) => f.code === 'IMM0008')?.status).toBe('uploaded');
    expect(hcSchema.safeParse({ forms }).success).toBe(true);
  });
});

describe('the people of the application', () => {
  test('are the family and the authors of letters, with their place among all the people', () => {
    const c = case2();
    expect(model.hcPeople(c).map(({ person, index }) => [person.id, index])).toEqual([
      ['p-mali', 0],
      ['p-sister', 1],
      ['p-teacher', 2],
    ]);
    expect(model.hcPeople({ people: [{ ...c.people[1]!, roles: ['translator'] }] })).toEqual([]);
  });

  test('a role choice changes only the H&C roles', () => {
    const sister = case2().people[1]!;
    expect(model.roleChoice(sister)).toBe('family');
    expect(model.withRoleChoice(sister, 'both').roles).toEqual(['family', 'support-author', 'translator']);
    const author = model.withRoleChoice(sister, 'support-author');
    expect(author.roles).toEqual(['support-author', 'translator']);
    expect(model.roleChoice(author)).toBe('support-author');
    expect(model.roleChoice(model.withRoleChoice(sister, 'both'))).toBe('both');
  });

  test('removing someone with no other role takes them out of the case; a sister who translates stays a translator', () => {
    const c = case2();
    const withoutMali = model.withoutHcPerson(c, 'p-mali');
    expect(withoutMali.people.map((p) => p.id)).toEqual(['p-sister', 'p-teacher']);
    const withoutSister = model.withoutHcPerson(c, 'p-sister');
    expect(withoutSister.people.find((p) => p.id === 'p-sister')?.roles).toEqual(['translator']);
  });

  test('a new person is valid family with nothing else filled in', () => {
    const person = model.newHcPerson('p-0123456789abcdef');
    expect(person.roles).toEqual(['family']);
    expect(model.hasHcRole(person)).toBe(true);
  });
});

describe('dropping a link to an exhibit no longer in the case', () => {
  const gone = (c: ReturnType<typeof case2>) => mapHcEvidence(c).gaps.filter((g) => g.code === 'hc.exhibitMissing');

  test('drops exactly that link from a factor, and the gap goes', () => {
    const c = case2();
    c.hc.factors[1]!.exhibitIds.splice(1, 0, 'x-deleted');
    const [gap] = gone(c);
    expect(gap?.path).toBe('hc.factors.1.exhibitIds.1');
    const next = model.withoutLinkAt(c, gap?.path ?? '');
    expect(next.hc.factors[1]?.exhibitIds).toEqual(['x-school', 'x-psych']);
    expect(gone(next)).toEqual([]);
    expect(c.hc.factors[1]?.exhibitIds).toHaveLength(3);
  });

  test('from an exception, a letter and a statement', () => {
    const c = case2({
      exceptions: [{ kind: 'BIOC', personId: 'p-mali', narrative: '', exhibitIds: ['x-gone'] }],
      letters: [{ id: 'ls-a', authorName: 'A', lang: 'en', translated: false, relationship: '', exhibitId: 'x-gone' }],
    });
    c.statements.push({
      id: 'st-1',
      kind: 'support-letter',
      title: 'Letter',
      lang: 'th',
      method: 'typed',
      paragraphs: [],
      dates: [],
      translations: [],
      originalExhibitId: 'x-gone',
    });
    const paths = gone(c).map((g) => g.path);
    expect(paths.toSorted()).toEqual(['hc.exceptions.0.exhibitIds.0', 'hc.letters.0.exhibitId', 'statements.0.originalExhibitId']);
    const cleared = paths.reduce((value, path) => model.withoutLinkAt(value, path), c);
    expect(gone(cleared)).toEqual([]);
    expect(cleared.hc.letters[0]).not.toHaveProperty('exhibitId');
    expect(cleared.statements[0]).not.toHaveProperty('originalExhibitId');
  });

  test('an unknown path changes nothing', () => {
    const c = case2();
    expect(model.withoutLinkAt(c, 'hc.factors.0.narrative')).toBe(c);
    expect(model.withoutLinkAt(c, 'people.0')).toBe(c);
  });
});

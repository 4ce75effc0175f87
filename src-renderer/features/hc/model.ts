import {
  hcFactorKinds,
  hcFormCodes,
  type Case,
  type Hc,
  type HcException,
  type HcFactor,
  type HcFactorKind,
  type HcFormCode,
  type Person,
  type SupportLetter,
} from '../../../src-main/core/model/case.ts';

export type CaseUpdate = (update: (value: Case) => Case) => void;
export type HcUpdate = (update: (hc: Hc) => Hc) => void;
export type HcForm = Hc['forms'][number];
export type HcFormStatus = HcForm['status'];

/** A factor just added: relied on (counsel adds a factor to argue it), nothing written or linked yet. */
export function newFactor(kind: HcFactorKind): HcFactor {
  return { kind, reliedOn: true, narrative: '', exhibitIds: [] };
}

export function newException(kind: HcException['kind']): HcException {
  return { kind, narrative: '', exhibitIds: [] };
}

/** A letter just added: no author or language yet, so nothing is claimed about it until counsel types it. */
export function newLetter(id: string): SupportLetter {
  return { id, authorName: '', relationship: '', lang: '', translated: false };
}

/** The factor kinds not yet in the list, in the order of the IMM 5283 headings. */
export function unusedFactorKinds(factors: readonly Pick<HcFactor, 'kind'>[]): HcFactorKind[] {
  return hcFactorKinds.filter((kind) => !factors.some((f) => f.kind === kind));
}

/** "IMM 5283": the form number as IRCC prints it. */
export function formatFormCode(code: HcFormCode): string {
  return code.replace(/^IMM(\d+)$/u, 'IMM $1');
}

/** Every form of the kit, in the kit's order, with what the checklist records about it (to do, no note, when nothing is). */
export function formRows(forms: readonly HcForm[]): HcForm[] {
  return hcFormCodes.map((code) => forms.find((f) => f.code === code) ?? { code, status: 'todo', note: '' });
}

/** The checklist with one form changed: once one form is touched, the whole kit is recorded, in its order. */
export function withForm(forms: readonly HcForm[], code: HcFormCode, change: Partial<Omit<HcForm, 'code'>>): HcForm[] {
  return formRows(forms).map((row) => (row.code === code ? { ...row, ...change } : row));
}

/** The H&C roles this tab manages; a person's other roles (translator, bondsperson) are left alone. */
export const hcRoles = ['family', 'support-author'] as const;
export type HcRole = (typeof hcRoles)[number];
export type HcRoleChoice = 'family' | 'support-author' | 'both';

export function hasHcRole(person: Pick<Person, 'roles'>): boolean {
  return person.roles.some((role) => (hcRoles as readonly string[]).includes(role));
}

/** The people of the application (family members, authors of letters), with their place among the case's people. */
export function hcPeople(draft: Pick<Case, 'people'>): { person: Person; index: number }[] {
  return draft.people.flatMap((person, index) => (hasHcRole(person) ? [{ person, index }] : []));
}

export function roleChoice(person: Pick<Person, 'roles'>): HcRoleChoice {
  const family = person.roles.includes('family');
  const author = person.roles.includes('support-author');
  return family && author ? 'both' : author ? 'support-author' : 'family';
}

/** The person with the H&C roles of `choice`, keeping the other roles in their order. */
export function withRoleChoice(person: Person, choice: HcRoleChoice): Person {
  const others = person.roles.filter((role) => !(hcRoles as readonly string[]).includes(role));
  const chosen: HcRole[] = choice === 'both' ? ['family', 'support-author'] : [choice];
  return { ...person, roles: [...chosen, ...others] };
}

export function newHcPerson(id: string): Person {
  return { id, roles: ['family'], familyName: '', givenNames: '', namesInScript: [], aliases: [], citizenships: [], phones: [] };
}

/**
 * The case without person `id`'s H&C roles: someone with no other role leaves the case; a sister
 * who also translates stays, as a translator. Links to them are kept and shown as gaps.
 */
export function withoutHcPerson(value: Case, id: string): Case {
  const people = value.people.flatMap((person) => {
    if (person.id !== id) return [person];
    const roles = person.roles.filter((role) => !(hcRoles as readonly string[]).includes(role));
    return roles.length === 0 ? [] : [{ ...person, roles }];
  });
  return { ...value, people };
}

/** The case with an optional field of a letter set, or removed when empty (the schema has no empty optional values). */
export function withLetterField<K extends 'authorId' | 'statementId' | 'date' | 'exhibitId'>(
  letter: SupportLetter,
  key: K,
  value: string | undefined,
): SupportLetter {
  const next: SupportLetter = { ...letter };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

const exhibitListPath = /^hc\.(factors|exceptions)\.(\d+)\.exhibitIds\.(\d+)$/u;
const singlePath = /^(hc\.letters|statements)\.(\d+)\.(exhibitId|originalExhibitId)$/u;

/**
 * The case without the link at `path` (a gap's path: `hc.factors.2.exhibitIds.1`,
 * `hc.letters.0.exhibitId`, `statements.3.originalExhibitId`), so a link to an exhibit no longer
 * in the case can be dropped from where the gap is shown. An unknown path changes nothing.
 */
export function withoutLinkAt(value: Case, path: string): Case {
  const list = exhibitListPath.exec(path);
  if (list) {
    const [, field, owner, link] = list;
    const ownerIndex = Number(owner);
    const linkIndex = Number(link);
    const drop = <T extends { exhibitIds: string[] }>(items: readonly T[]): T[] =>
      items.map((item, i) => (i === ownerIndex ? { ...item, exhibitIds: item.exhibitIds.filter((_, j) => j !== linkIndex) } : item));
    return field === 'factors'
      ? { ...value, hc: { ...value.hc, factors: drop(value.hc.factors) } }
      : { ...value, hc: { ...value.hc, exceptions: drop(value.hc.exceptions) } };
  }
  const single = singlePath.exec(path);
  if (single) {
    const [, owner, index] = single;
    const at = Number(index);
    if (owner === 'hc.letters')
      return {
        ...value,
        hc: { ...value.hc, letters: value.hc.letters.map((l, i) => (i === at ? withLetterField(l, 'exhibitId', undefined) : l)) },
      };
    return {
      ...value,
      statements: value.statements.map((s, i) => {
        if (i !== at) return s;
        const next = { ...s };
        delete next.originalExhibitId;
        return next;
      }),
    };
  }
  return value;
}

import type { RejectedSuretyCode } from '../issues/surety-issues.ts';
import type { Case, Person } from '../model/case.ts';
import { displayName } from '../names.ts';

/** Something in the release plan that leans on a rejected bondsperson: its code, its path in the case, the wording's parameters. */
export interface RejectedSuretyWarning {
  readonly code: RejectedSuretyCode;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
}

type Rejected = Person & { bondsperson: NonNullable<Person['bondsperson']> };

const isRejected = (p: Person): p is Rejected => p.bondsperson?.determination === 'rejected';
const offers = (m: { amountCents: number } | undefined): boolean => m !== undefined && m.amountCents > 0;

/** The condition's particulars (either language) name the person: their family name and a given name both appear. */
function names(text: string, person: Person): boolean {
  const hay = text.toLocaleLowerCase('und');
  const family = person.familyName.trim().toLocaleLowerCase('und');
  const given = person.givenNames.trim().split(/\s+/u)[0]?.toLocaleLowerCase('und') ?? '';
  return family !== '' && hay.includes(family) && (given === '' || hay.includes(given));
}

/**
 * A bondsperson the member rejected stays in the case, shown in the release plan as addressed.
 * Whatever still depends on them is named with its fix: the residence that is their home (or
 * that they share with the client), supervision they were to give, a condition that names them,
 * and a deposit or guarantee condition only they offered. A warning, never a refusal: counsel
 * may have reasons the plan still holds, but the filing must not rely on them silently.
 */
export function rejectedSuretyWarnings(c: Case): RejectedSuretyWarning[] {
  const rejected = c.people.flatMap((p, index) => (isRejected(p) ? [{ person: p, index, name: displayName(p) }] : []));
  if (rejected.length === 0) return [];
  const plan = c.detention.releasePlan;
  const out: RejectedSuretyWarning[] = [];
  for (const { person, index, name } of rejected) {
    if (plan.residence?.hostPersonId === person.id)
      out.push({ code: 'surety.rejectedHost', path: 'detention.releasePlan.residence.hostPersonId', params: { name } });
    else if (person.bondsperson.livesWithClient)
      out.push({ code: 'surety.rejectedSharedHome', path: `people.${index}.bondsperson.livesWithClient`, params: { name } });
    const organisation = plan.supervisor?.organisation.trim().toLocaleLowerCase('und') ?? '';
    if (person.roles.includes('supervisor') || (organisation !== '' && names(organisation, person)))
      out.push({ code: 'surety.rejectedSupervisor', path: 'detention.releasePlan.supervisor', params: { name } });
  }
  const live = c.people.filter((p) => p.bondsperson !== undefined && !isRejected(p));
  let number = 0;
  plan.conditions.forEach((condition, at) => {
    if (!condition.proposed) return;
    number += 1;
    const n = String(number);
    const path = `detention.releasePlan.conditions.${at}`;
    for (const { person, name } of rejected) {
      if (names(`${condition.details} ${condition.detailsFr ?? ''}`, person))
        out.push({ code: 'surety.rejectedCondition', path, params: { n, name } });
    }
    const money = condition.kind === 'DEPOSIT' ? 'deposit' : condition.kind === 'GUARANTEE' ? 'guarantee' : undefined;
    if (money === undefined || live.some((p) => offers(p.bondsperson?.[money]))) return;
    const offeredBy = rejected.filter(({ person }) => offers(person.bondsperson[money]));
    if (offeredBy.length === 0) return;
    out.push({
      code: money === 'deposit' ? 'surety.rejectedDeposit' : 'surety.rejectedGuarantee',
      path,
      params: { n, name: offeredBy.map((r) => r.name).join(', ') },
    });
  });
  return out;
}

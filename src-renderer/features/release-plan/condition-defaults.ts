import type { Case, ConditionKind } from '../../../src-main/core/model/case.ts';
import { personName } from '../../case-edit/people.ts';

/** How the letter's language words a residence condition, given the host's name and the address. */
export interface ResideWording {
  readonly withHost: (host: string, address: string) => string;
  readonly alone: (address: string) => string;
}

/**
 * The particulars a new condition starts with, from what the plan already says: "reside at" names
 * the residence entered above (and its host). Empty where the plan says nothing to carry over.
 */
export function conditionDetailsDefault(kind: ConditionKind, draft: Case, wording: ResideWording): string {
  if (kind !== 'RESIDE_AT') return '';
  const residence = draft.detention.releasePlan.residence;
  const address = residence?.address.trim() ?? '';
  if (address === '') return '';
  const host = draft.people.find((p) => p.id === residence?.hostPersonId);
  const name = host ? personName(host) : '';
  return name === '' ? wording.alone(address) : wording.withHost(name, address);
}

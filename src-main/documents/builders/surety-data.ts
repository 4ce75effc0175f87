import { inFilingLanguage } from '../../core/lang/french-versions.ts';
import type { Bondsperson, Case, Person } from '../../core/model/case.ts';
import type { TemplateRecord } from '../templates/fields.ts';
import { word, type DetentionContext } from './detention-facts.ts';
import { formatLongDate } from './format-date.ts';
import { personName } from './person-name.ts';

/**
 * The objection to a bondsperson as the documents print it: who made it, its basis and the
 * provision cited, its date, and counsel's answer (the French version in a French filing).
 * Also the Minister's objections as listed before the objection had its own record.
 */
export function objectionData(b: Bondsperson, ctx: DetentionContext): TemplateRecord {
  const o = b.objection;
  return {
    objectionBy: o ? word(ctx.labels, `objectionBy.${o.by}`) || o.by : '',
    objectionBasis: o?.basis.trim() ?? '',
    objectionCitation: o?.citation?.trim() ?? '',
    objectionDate: o?.date === undefined ? '' : formatLongDate(o.date, ctx.lang),
    objectionAnswer: o ? inFilingLanguage(o.answer ?? '', o.answerFr, ctx.lang).trim() : '',
    objections: b.ministerObjections.map((text) => ({ text })),
    response: b.response ?? '',
  };
}

/** The bondspersons the member rejected: kept in the case and shown in the release plan as addressed. */
export function rejectedBondspersons(c: Case): (Person & { bondsperson: Bondsperson })[] {
  return c.people.filter(
    (p): p is Person & { bondsperson: Bondsperson } => p.bondsperson !== undefined && p.bondsperson.determination === 'rejected',
  );
}

/** A rejected bondsperson as the release plan addresses them: who they are, the objection and the answer, the member's reasons. */
export function addressedBondspersonData(p: Person & { bondsperson: Bondsperson }, ctx: DetentionContext): TemplateRecord {
  const b = p.bondsperson;
  return {
    name: personName(p),
    relationship: b.relationship || (p.relationshipToClient ?? ''),
    ...objectionData(b, ctx),
    reasons: b.determinationReasons ?? '',
  };
}

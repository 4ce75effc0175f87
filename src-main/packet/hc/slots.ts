import { z } from 'zod';
import { hcExceptionKinds, hcFactorKinds, type Case, type HcFactorKind } from '../../core/model/case.ts';
import { isoDateSchema } from '../../core/model/dates.ts';
import { citationSchema, ruleStatusSchema } from '../../core/rules/citation.ts';

/**
 * The portal's document slots for an H&C application (templates/rules/hc-slots.json): which
 * slot opens with the submission letter and the index, which takes the evidence of which
 * factors, where the letters of support go, and the slot for everything else. Each slot becomes
 * one file; which exhibit lands in which slot is decided here, purely, from the case.
 */

const slotSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  title: z.object({ en: z.string().min(1).max(80), fr: z.string().min(1).max(80) }),
  /** `submission`: the letter and the index; `factors`: the evidence of its factors; `letters`: the letters of support; `other`: the rest. */
  holds: z.enum(['submission', 'factors', 'letters', 'other']),
  factors: z.array(z.enum(hcFactorKinds)).optional(),
  /** The IRPA s.25(1.21) exceptions whose evidence goes here. */
  exceptions: z.array(z.enum(hcExceptionKinds)).optional(),
});

export const hcSlotRulesSchema = z
  .object({
    schema: z.literal('dossier.hc-portal-slots/1'),
    version: isoDateSchema,
    title: z.string().min(1),
    citations: z.array(citationSchema).min(1),
    status: ruleStatusSchema,
    note: z.string().optional(),
    slots: z.array(slotSchema).min(2).max(40),
  })
  .superRefine((set, ctx) => {
    const once = (holds: string) => set.slots.filter((s) => s.holds === holds).length === 1;
    for (const holds of ['submission', 'letters', 'other'])
      if (!once(holds)) ctx.addIssue({ code: 'custom', path: ['slots'], message: `Exactly one slot must hold "${holds}".` });
    if (set.slots[0]?.holds !== 'submission')
      ctx.addIssue({ code: 'custom', path: ['slots', 0], message: 'The first slot holds the submission letter and the index.' });
    const ids = new Set<string>();
    const factors = new Set<string>();
    set.slots.forEach((slot, i) => {
      if (ids.has(slot.id)) ctx.addIssue({ code: 'custom', path: ['slots', i, 'id'], message: `The slot id "${slot.id}" is used twice.` });
      ids.add(slot.id);
      for (const f of slot.factors ?? []) {
        if (factors.has(f)) ctx.addIssue({ code: 'custom', path: ['slots', i, 'factors'], message: `The factor ${f} is in two slots.` });
        factors.add(f);
      }
    });
  });
export type HcSlotRules = z.infer<typeof hcSlotRulesSchema>;
export type HcSlot = HcSlotRules['slots'][number];

export function parseHcSlotRules(json: unknown): HcSlotRules {
  return hcSlotRulesSchema.parse(json);
}

/** The slot every exhibit goes to, by exhibit id; a translation or declaration joining a tab follows its parent. */
export function assignSlots(c: Pick<Case, 'hc' | 'exhibits' | 'statements'>, rules: HcSlotRules): Map<string, HcSlot> {
  const bySlot = (holds: HcSlot['holds']): HcSlot => {
    const found = rules.slots.find((s) => s.holds === holds);
    if (!found) throw new Error(`no slot holds ${holds}`);
    return found;
  };
  const factorSlot = (kind: HcFactorKind): HcSlot => rules.slots.find((s) => s.factors?.includes(kind)) ?? bySlot('other');
  const exceptionSlot = (kind: (typeof hcExceptionKinds)[number]): HcSlot =>
    rules.slots.find((s) => s.exceptions?.includes(kind)) ?? bySlot('other');

  // First claim wins: the factors relied on (in the advocate's order), the exceptions, then the letters.
  const claims: [string, HcSlot][] = [];
  for (const factor of c.hc.factors) if (factor.reliedOn) for (const id of factor.exhibitIds) claims.push([id, factorSlot(factor.kind)]);
  for (const exception of c.hc.exceptions) for (const id of exception.exhibitIds) claims.push([id, exceptionSlot(exception.kind)]);
  const letters = bySlot('letters');
  for (const letter of c.hc.letters) {
    if (letter.exhibitId !== undefined) claims.push([letter.exhibitId, letters]);
    const original = c.statements.find((s) => s.id === letter.statementId)?.originalExhibitId;
    if (original !== undefined) claims.push([original, letters]);
  }
  const chosen = new Map<string, HcSlot>();
  for (const [id, slot] of claims) if (!chosen.has(id)) chosen.set(id, slot);

  const other = bySlot('other');
  const parentOf = new Map(c.exhibits.map((x) => [x.id, x.partOf]));
  const top = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    for (let parent = parentOf.get(at); parent !== undefined && !seen.has(parent); parent = parentOf.get(at)) {
      seen.add(at);
      at = parent;
    }
    return at;
  };
  return new Map(c.exhibits.map((x) => [x.id, chosen.get(top(x.id)) ?? other]));
}

/** Sources reordered slot by slot (keeping their order inside a slot), each labelled with its slot. */
export function orderBySlot<T>(items: readonly T[], slotOf: (item: T) => HcSlot, rules: HcSlotRules): { item: T; slot: HcSlot }[] {
  const rank = new Map(rules.slots.map((s, i) => [s.id, i]));
  return items
    .map((item, index) => ({ item, slot: slotOf(item), index }))
    .sort((a, b) => (rank.get(a.slot.id) ?? 0) - (rank.get(b.slot.id) ?? 0) || a.index - b.index)
    .map(({ item, slot }) => ({ item, slot }));
}

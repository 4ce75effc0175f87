import { groundKinds, type Case, type Condition, type Ground } from '../../../src-main/core/model/case.ts';

/**
 * The grounds of the current detention (IRPA s.58(1)): those of the episode that started last.
 * Listed in the statute's order.
 */
export function raisedGrounds(value: Pick<Case, 'detention'>): Ground[] {
  let latest: Case['detention']['episodes'][number] | undefined;
  for (const episode of value.detention.episodes) {
    if (!latest || episode.start.utc >= latest.start.utc) latest = episode;
  }
  const raised = new Set(latest?.grounds ?? []);
  return groundKinds.filter((ground) => raised.has(ground));
}

/**
 * The grounds a condition can be tied to: those raised, plus any it already answers. While no
 * ground is recorded for the detention, every ground is offered.
 */
export function groundsOffered(raised: readonly Ground[], answers: readonly Ground[]): Ground[] {
  if (raised.length === 0) return [...groundKinds];
  const offered = new Set([...raised, ...answers]);
  return groundKinds.filter((ground) => offered.has(ground));
}

export interface Coverage {
  /** Positions of the conditions that answer no ground. */
  readonly idle: readonly number[];
  /** Grounds raised that no proposed or ordered condition answers. */
  readonly unanswered: readonly Ground[];
}

/** Which conditions answer nothing and which grounds go unanswered: the letter needs both sides. */
export function conditionCoverage(conditions: readonly Condition[], raised: readonly Ground[]): Coverage {
  const live = conditions.filter((c) => c.proposed || c.ordered);
  const answered = new Set(live.flatMap((c) => c.answers));
  return {
    idle: conditions.flatMap((c, index) => (c.answers.length === 0 ? [index] : [])),
    unanswered: raised.filter((ground) => !answered.has(ground)),
  };
}

/** The grounds a condition answers that the current detention does not rest on (none while no ground is recorded). */
export function groundsNotRaised(raised: readonly Ground[], answers: readonly Ground[]): Ground[] {
  if (raised.length === 0) return [];
  return answers.filter((ground) => !raised.includes(ground));
}

/** Moves the item at `from` by `step` places; out-of-range moves return the list unchanged. */
export function moveItem<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

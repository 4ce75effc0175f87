import type { Case } from '../../../src-main/core/model/case.ts';
import type { ErrorAt } from '../../case-edit/fields.ts';

export type Detention = Case['detention'];
export type DetentionUpdate = (change: (detention: Detention) => Detention) => void;

export interface SectionProps {
  readonly detention: Detention;
  readonly update: DetentionUpdate;
  /** Field messages under `detention.` */
  readonly errorAt: ErrorAt;
}

/** Options for a select whose empty choice means "not recorded". */
export function withNone<V extends string>(
  none: string,
  values: readonly V[],
  label: (value: V) => string,
): { value: V | ''; label: string }[] {
  return [{ value: '', label: none }, ...values.map((value) => ({ value, label: label(value) }))];
}

/** The values ticked once `value` is ticked or unticked, kept in the order of `all` (the statute's). */
export function toggledInOrder<V>(all: readonly V[], current: readonly V[], value: V, checked: boolean): V[] {
  return checked ? all.filter((v) => v === value || current.includes(v)) : current.filter((v) => v !== value);
}

/** The zone a new row in this detention should start with: the first episode's, else its facility's. */
export function detentionZone(detention: Detention, episodeId?: string): string {
  const episode = detention.episodes.find((e) => e.id === episodeId) ?? detention.episodes[0];
  if (!episode) return '';
  return episode.start.tz !== '' ? episode.start.tz : (episode.facility?.tz ?? '');
}

import { DossierError } from '../core/errors.ts';
import type { ResolvedSources } from './contents/resolve.ts';
import type { PacketPlan } from './plan/plan.ts';
import type { BuildRequest, FileGroup } from './request.ts';

/* A packet split into one file per group (the portal's slots): which group each file is, and where the files break. */

/** The group of a file: the first group for the file holding the list of documents (always the first), else that of its first tab. */
export function groupOfVolume(req: BuildRequest, plan: PacketPlan, volume: number): FileGroup {
  const groups = req.groups ?? [];
  const first = groups[0];
  if (!first) throw new DossierError('INTERNAL', 'A packet split by group needs at least one group.');
  if (volume === 1) return first;
  const tab = plan.entries.find((e) => e.volume === volume && e.depth === 0 && e.tab !== '');
  const id = tab === undefined ? undefined : groupsByKey(req).get(tab.key);
  return groups.find((g) => g.id === id) ?? first;
}

const groupMaps = new WeakMap<BuildRequest, ReadonlyMap<string, string | undefined>>();

/** Each source's group by its key, built once per build. */
function groupsByKey(req: BuildRequest): ReadonlyMap<string, string | undefined> {
  let map = groupMaps.get(req);
  if (!map) {
    map = new Map(req.sources.map((s) => [s.kind === 'exhibit' ? s.exhibitId : s.key, s.group]));
    groupMaps.set(req, map);
  }
  return map;
}

/** Where the files of a grouped packet break: before the first tab of each new group. */
export function groupBreaks(req: BuildRequest, sources: ResolvedSources): number[] {
  const first = req.groups?.[0]?.id;
  const breaks: number[] = [];
  let current = first;
  sources.tabs.forEach((tab, t) => {
    const group = groupsByKey(req).get(tab.main.key) ?? current;
    if (group !== current) breaks.push(t);
    current = group;
  });
  return breaks;
}

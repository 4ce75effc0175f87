/**
 * Holiday regions. `CA` is the federal list alone (Interpretation Act s.35 named and proclaimed
 * days); a province adds its own general holidays, which s.35 also makes holidays there.
 */
export const regions = ['CA', 'ON', 'BC', 'QC', 'AB', 'NS'] as const;
export type Region = (typeof regions)[number];

export function isRegion(value: string): value is Region {
  return (regions as readonly string[]).includes(value);
}

/** IANA zones that identify a province without asking; anything else must be given explicitly. */
const zoneRegions: Readonly<Record<string, Region>> = {
  'America/Toronto': 'ON',
  'America/Vancouver': 'BC',
  'America/Montreal': 'QC',
  'America/Edmonton': 'AB',
  'America/Halifax': 'NS',
};

export function regionForZone(tz: string): Region | undefined {
  return zoneRegions[tz];
}

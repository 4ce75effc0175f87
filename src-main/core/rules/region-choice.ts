import type { DeadlineWarning } from './deadline.ts';
import { placeRegion } from './place.ts';
import { provincesOfZone, regionForZone, type Province, type Region } from './regions.ts';

export type IrbRegion = 'Western' | 'Central' | 'Eastern';

/**
 * The IRB regions that hear detention reviews held in each province [U: the regional offices'
 * territories as the Board's contact pages describe them; Ottawa is served from Central or
 * Eastern, and Nunavut from any].
 */
const irbRegionsOf: Readonly<Record<Province, readonly IrbRegion[]>> = {
  NL: ['Eastern'],
  PE: ['Eastern'],
  NS: ['Eastern'],
  NB: ['Eastern'],
  QC: ['Eastern'],
  ON: ['Central', 'Eastern'],
  MB: ['Western'],
  SK: ['Western'],
  AB: ['Western'],
  BC: ['Western'],
  YT: ['Western'],
  NT: ['Western'],
  NU: ['Eastern', 'Central', 'Western'],
};

/** What a case says about where the detention is. */
export interface PlaceFacts {
  /** The holiday region counsel chose for the case (the clock's settings). */
  readonly chosen?: Region | undefined;
  /** The facility's province as entered. */
  readonly facilityProvince?: Province | undefined;
  /** The province found in the facility's name or city, or the hearing place. */
  readonly placeProvince?: Province | undefined;
  /** The detention's time zone. */
  readonly tz?: string | undefined;
  /** The IRB region of the matter (or of the episode). */
  readonly irbRegion?: IrbRegion | undefined;
}

export type RegionSource = 'settings' | 'facility' | 'place' | 'zone' | 'none';

/** Two things the case says about where the detention is, that do not agree. */
export type RegionMismatch =
  | { readonly kind: 'chosen-place'; readonly chosen: Region; readonly place: Province }
  | { readonly kind: 'facility-name'; readonly facility: Province; readonly named: Province }
  | { readonly kind: 'zone-place'; readonly tz: string; readonly place: Province }
  | { readonly kind: 'zone-chosen'; readonly tz: string; readonly chosen: Region }
  | { readonly kind: 'irb'; readonly irbRegion: IrbRegion; readonly region: Province };

export interface RegionChoice {
  readonly region: Region;
  readonly source: RegionSource;
  /** When the zone alone decided and other provinces keep it too: those provinces. */
  readonly sharedZone?: readonly Province[];
  readonly mismatches: readonly RegionMismatch[];
  /** Said once for the whole case, in plain English: how the region was chosen when uncertain, and every disagreement. */
  readonly warnings: readonly DeadlineWarning[];
}

/** The province named by the case's place texts, the first that names one. */
export function provinceOfPlaces(texts: readonly (string | undefined)[]): Province | undefined {
  for (const text of texts) {
    const found = placeRegion(text);
    if (found) return found;
  }
  return undefined;
}

/**
 * The holiday calendar a case's limits count with. The place decides: counsel's choice first,
 * then the facility's province, then a province its name or city names, and only then the time
 * zone (which several provinces share). Every disagreement between these, or with the IRB region,
 * is a warning naming both sides; none is settled silently.
 */
export function chooseRegion(facts: PlaceFacts): RegionChoice {
  const place = facts.facilityProvince ?? facts.placeProvince;
  const zone = facts.tz === undefined ? undefined : regionForZone(facts.tz);
  const zoneProvinces = facts.tz === undefined ? [] : provincesOfZone(facts.tz);
  const [region, source]: [Region, RegionSource] =
    facts.chosen !== undefined
      ? [facts.chosen, 'settings']
      : place !== undefined
        ? [place, facts.facilityProvince !== undefined ? 'facility' : 'place']
        : zone !== undefined
          ? [zone, 'zone']
          : ['CA', 'none'];
  const mismatches: RegionMismatch[] = [];
  if (facts.chosen !== undefined && place !== undefined && facts.chosen !== place)
    mismatches.push({ kind: 'chosen-place', chosen: facts.chosen, place });
  if (facts.facilityProvince !== undefined && facts.placeProvince !== undefined && facts.facilityProvince !== facts.placeProvince)
    mismatches.push({ kind: 'facility-name', facility: facts.facilityProvince, named: facts.placeProvince });
  if (facts.tz !== undefined && place !== undefined && zoneProvinces.length > 0 && !zoneProvinces.includes(place))
    mismatches.push({ kind: 'zone-place', tz: facts.tz, place });
  const chosen = facts.chosen;
  if (
    facts.tz !== undefined &&
    place === undefined &&
    chosen !== undefined &&
    chosen !== 'CA' &&
    zoneProvinces.length > 0 &&
    !zoneProvinces.includes(chosen)
  )
    mismatches.push({ kind: 'zone-chosen', tz: facts.tz, chosen });
  if (facts.irbRegion !== undefined && region !== 'CA' && !irbRegionsOf[region].includes(facts.irbRegion))
    mismatches.push({ kind: 'irb', irbRegion: facts.irbRegion, region });
  const sharedZone = source === 'zone' && zoneProvinces.length > 1 ? zoneProvinces.slice(1) : undefined;
  const warnings: DeadlineWarning[] = [];
  if (source === 'none')
    warnings.push({
      code: 'REGION_UNKNOWN',
      message: 'No province known for this place or time zone: only federal holidays are used. Choose the region.',
    });
  if (sharedZone)
    warnings.push({
      code: 'REGION_FROM_ZONE',
      message: `Holidays of ${region}, from the time zone ${facts.tz ?? ''}, which ${sharedZone.join(', ')} also keep: give the facility's province.`,
    });
  for (const m of mismatches) warnings.push({ code: 'REGION_MISMATCH', message: mismatchText(m) });
  return { region, source, ...(sharedZone ? { sharedZone } : {}), mismatches, warnings };
}

function mismatchText(m: RegionMismatch): string {
  switch (m.kind) {
    case 'chosen-place':
      return `The holiday region chosen (${m.chosen}) is not the facility's province (${m.place}).`;
    case 'facility-name':
      return `The facility's province (${m.facility}) is not the one its name or city names (${m.named}).`;
    case 'zone-place':
      return `The time zone ${m.tz} is not kept in ${m.place}, where the facility is: check the zone of the detention times.`;
    case 'zone-chosen':
      return `The time zone ${m.tz} is not kept in ${m.chosen}, the holiday region chosen.`;
    case 'irb':
      return `The IRB region (${m.irbRegion}) does not usually hear reviews held in ${m.region}: confirm the regional sitting.`;
  }
}

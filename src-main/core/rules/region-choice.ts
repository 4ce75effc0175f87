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

export interface RegionChoice {
  readonly region: Region;
  readonly source: RegionSource;
  /** Said once for the whole case: how the region was chosen when it is uncertain, and every disagreement. */
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
  const warnings: DeadlineWarning[] = [];
  const mismatch = (message: string): void => {
    warnings.push({ code: 'REGION_MISMATCH', message });
  };
  let region: Region;
  let source: RegionSource;
  if (facts.chosen !== undefined) {
    region = facts.chosen;
    source = 'settings';
  } else if (place !== undefined) {
    region = place;
    source = facts.facilityProvince !== undefined ? 'facility' : 'place';
  } else if (zone !== undefined) {
    region = zone;
    source = 'zone';
  } else {
    region = 'CA';
    source = 'none';
  }
  if (source === 'none')
    warnings.push({
      code: 'REGION_UNKNOWN',
      message: 'No province known for this place or time zone: only federal holidays are used. Choose the region.',
    });
  if (source === 'zone' && zoneProvinces.length > 1)
    warnings.push({
      code: 'REGION_FROM_ZONE',
      message: `Holidays of ${region}, from the time zone ${facts.tz ?? ''}, which ${zoneProvinces.slice(1).join(', ')} also keep: give the facility's province.`,
    });
  if (facts.chosen !== undefined && place !== undefined && facts.chosen !== place)
    mismatch(`The holiday region chosen (${facts.chosen}) is not the facility's province (${place}).`);
  if (facts.facilityProvince !== undefined && facts.placeProvince !== undefined && facts.facilityProvince !== facts.placeProvince)
    mismatch(`The facility's province (${facts.facilityProvince}) is not the one its name or city names (${facts.placeProvince}).`);
  if (place !== undefined && zoneProvinces.length > 0 && !zoneProvinces.includes(place))
    mismatch(`The time zone ${facts.tz ?? ''} is not kept in ${place}, where the facility is: check the zone of the detention times.`);
  if (
    facts.tz !== undefined &&
    place === undefined &&
    facts.chosen !== undefined &&
    facts.chosen !== 'CA' &&
    zoneProvinces.length > 0 &&
    !zoneProvinces.includes(facts.chosen)
  )
    mismatch(`The time zone ${facts.tz} is not kept in ${facts.chosen}, the holiday region chosen.`);
  if (facts.irbRegion !== undefined && region !== 'CA' && !irbRegionsOf[region].includes(facts.irbRegion))
    mismatch(`The IRB region (${facts.irbRegion}) does not usually hear reviews held in ${region}: confirm the regional sitting.`);
  return { region, source, warnings };
}

/**
 * Holiday regions. `CA` is the federal list alone (Interpretation Act s.35 named and proclaimed
 * days); a province or territory adds its own general holidays, which s.35 also makes holidays
 * there. The first six keep their place so stored cases read the same.
 */
export const regions = ['CA', 'ON', 'BC', 'QC', 'AB', 'NS', 'NL', 'PE', 'NB', 'MB', 'SK', 'YT', 'NT', 'NU'] as const;
export type Region = (typeof regions)[number];
/** Every province and territory: a region a place can be in. */
export type Province = Exclude<Region, 'CA'>;
export const provinces = regions.filter((r): r is Province => r !== 'CA');

export function isRegion(value: string): value is Region {
  return (regions as readonly string[]).includes(value);
}

/**
 * The provinces and territories that keep each Canadian IANA zone (tzdata zone.tab, with the
 * backward links Canadians still use). Several zones serve more than one province: Toronto time
 * is also Québec's, Halifax's also Prince Edward Island's, Edmonton's also the Northwest
 * Territories'. The first is the one a zone alone suggests; the place decides.
 */
const zoneProvinces: Readonly<Record<string, readonly Province[]>> = {
  'America/St_Johns': ['NL'],
  'America/Goose_Bay': ['NL'],
  'America/Halifax': ['NS', 'PE'],
  'America/Glace_Bay': ['NS'],
  'America/Moncton': ['NB'],
  'America/Blanc-Sablon': ['QC'],
  'America/Toronto': ['ON', 'QC', 'NU'],
  'America/Montreal': ['QC'],
  'America/Nipigon': ['ON'],
  'America/Thunder_Bay': ['ON'],
  'America/Atikokan': ['ON', 'NU'],
  'America/Iqaluit': ['NU'],
  'America/Pangnirtung': ['NU'],
  'America/Winnipeg': ['MB', 'ON'],
  'America/Rainy_River': ['ON'],
  'America/Rankin_Inlet': ['NU'],
  'America/Resolute': ['NU'],
  'America/Regina': ['SK'],
  'America/Swift_Current': ['SK'],
  'America/Edmonton': ['AB', 'NT', 'SK'],
  'America/Yellowknife': ['NT'],
  'America/Inuvik': ['NT'],
  'America/Cambridge_Bay': ['NU'],
  'America/Vancouver': ['BC'],
  'America/Creston': ['BC'],
  'America/Dawson_Creek': ['BC'],
  'America/Fort_Nelson': ['BC'],
  'America/Whitehorse': ['YT'],
  'America/Dawson': ['YT'],
};

/** The province a zone alone suggests, or nothing for a zone outside Canada. */
export function regionForZone(tz: string): Province | undefined {
  return zoneProvinces[tz]?.[0];
}

/** Every province that keeps this zone's time (empty outside Canada). */
export function provincesOfZone(tz: string): readonly Province[] {
  return zoneProvinces[tz] ?? [];
}

/** Every Canadian zone the table knows. */
export const canadianZones: readonly string[] = Object.keys(zoneProvinces);

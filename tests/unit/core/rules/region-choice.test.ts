import { describe, expect, it } from 'vitest';
import { placeRegion } from '../../../../src-main/core/rules/place.ts';
import { chooseRegion } from '../../../../src-main/core/rules/region-choice.ts';
import { canadianZones, provincesOfZone, regionForZone } from '../../../../src-main/core/rules/regions.ts';

describe('a place names its province', () => {
  it.each([
    ['Toronto Immigration Holding Centre', 'ON'],
    ["Centre de surveillance de l'immigration, Laval", 'QC'],
    ['Laval Immigration Holding Centre', 'QC'],
    ['MONTRÉAL', 'QC'],
    ['Richmond Hill', 'ON'],
    ['Surrey IHC', 'BC'],
    ["Her Majesty's Penitentiary, St. John's", 'NL'],
    ['Saint John, New Brunswick', 'NB'],
    ['Headingley Correctional Centre', 'MB'],
    ['Iqaluit', 'NU'],
    ['Whitehorse Correctional Centre', 'YT'],
  ] as const)('%s → %s', (text, province) => {
    expect(placeRegion(text)).toBe(province);
  });

  it('a name no list knows names nothing', () => {
    expect(placeRegion('Camp Galaxy')).toBeUndefined();
    expect(placeRegion('')).toBeUndefined();
  });
});

describe('every Canadian zone names a province', () => {
  it.each(canadianZones)('%s', (tz) => {
    expect(regionForZone(tz)).toBeDefined();
  });
  it("Toronto time is kept in Ontario, Québec and Nunavut; St. John's in Newfoundland and Labrador only", () => {
    expect(provincesOfZone('America/Toronto')).toEqual(['ON', 'QC', 'NU']);
    expect(provincesOfZone('America/St_Johns')).toEqual(['NL']);
  });
});

describe('the place decides, and every disagreement is kept', () => {
  it('counsel first, then the facility, then its name, then the zone', () => {
    expect(chooseRegion({ chosen: 'QC', placeProvince: 'QC', tz: 'America/Toronto' })).toMatchObject({
      region: 'QC',
      source: 'settings',
      mismatches: [],
    });
    expect(chooseRegion({ facilityProvince: 'QC', tz: 'America/Toronto' })).toMatchObject({ region: 'QC', source: 'facility' });
    expect(chooseRegion({ placeProvince: 'QC', tz: 'America/Toronto' })).toMatchObject({ region: 'QC', source: 'place' });
    expect(chooseRegion({ tz: 'America/Toronto' })).toMatchObject({ region: 'ON', source: 'zone', sharedZone: ['QC', 'NU'] });
    expect(chooseRegion({ tz: 'Europe/Paris' })).toMatchObject({ region: 'CA', source: 'none' });
  });

  it.each([
    [{ chosen: 'ON', placeProvince: 'QC' }, [{ kind: 'chosen-place', chosen: 'ON', place: 'QC' }]],
    [{ facilityProvince: 'QC', placeProvince: 'ON' }, [{ kind: 'facility-name', facility: 'QC', named: 'ON' }]],
    [{ placeProvince: 'QC', tz: 'America/Vancouver' }, [{ kind: 'zone-place', tz: 'America/Vancouver', place: 'QC' }]],
    [{ chosen: 'BC', tz: 'America/Halifax' }, [{ kind: 'zone-chosen', tz: 'America/Halifax', chosen: 'BC' }]],
    [{ placeProvince: 'QC', irbRegion: 'Western' }, [{ kind: 'irb', irbRegion: 'Western', region: 'QC' }]],
    [{ placeProvince: 'QC', irbRegion: 'Eastern', tz: 'America/Toronto' }, []],
  ] as const)('%j', (facts, mismatches) => {
    const choice = chooseRegion(facts);
    expect(choice.mismatches).toEqual(mismatches);
    expect(choice.warnings.filter((w) => w.code === 'REGION_MISMATCH')).toHaveLength(mismatches.length);
  });
});

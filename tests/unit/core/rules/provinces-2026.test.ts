import { describe, expect, it } from 'vitest';
import { holidaysFor } from '../../../../src-main/core/rules/holidays.ts';
import type { Province } from '../../../../src-main/core/rules/regions.ts';
import { loadRules } from './load.ts';

const table = loadRules().holidays;

/*
 * Known answers, written by hand from each statute's list of general (paid, public, statutory)
 * holidays and a 2026 calendar, not from the engine: the day each listed holiday falls on in 2026.
 * Rules used: Family Day and its namesakes are the 3rd Monday of February (16th); Good Friday is
 * 3 April (Easter 5 April); Victoria Day is the Monday before 25 May (18th); National Indigenous
 * Peoples Day is 21 June; Memorial Day is 1 July in Newfoundland and Labrador; Nunavut Day 9 July;
 * the August civic days the 1st Monday (3rd), Discovery Day the 3rd Monday (17th); Labour Day the
 * 1st Monday of September (7th); Thanksgiving the 2nd Monday of October (12th).
 */
const known: Record<Exclude<Province, 'ON' | 'BC' | 'QC' | 'AB' | 'NS'>, { citation: string; days: string[] }> = {
  NL: {
    citation: 'Labour Standards Act, RSNL 1990, c. L-2, s.14 (New Year, Good Friday, Memorial Day, Labour Day, Remembrance Day, Christmas)',
    days: ['01-01', '04-03', '07-01', '09-07', '11-11', '12-25'],
  },
  PE: {
    citation: 'Employment Standards Act, RSPEI 1988, c. E-6.2, s.1 "paid holiday" (incl. Islander Day, Truth and Reconciliation)',
    days: ['01-01', '02-16', '04-03', '07-01', '09-07', '09-30', '11-11', '12-25'],
  },
  NB: {
    citation: 'Employment Standards Act, SNB 1982, c. E-7.2, s.1 "public holiday" (incl. Family Day, New Brunswick Day)',
    days: ['01-01', '02-16', '04-03', '07-01', '08-03', '09-07', '11-11', '12-25'],
  },
  MB: {
    citation: 'Employment Standards Code, CCSM c. E110, s.1 "general holiday" (incl. Louis Riel Day, Truth and Reconciliation)',
    days: ['01-01', '02-16', '04-03', '05-18', '07-01', '09-07', '09-30', '10-12', '12-25'],
  },
  SK: {
    citation: 'The Saskatchewan Employment Act, SS 2013, c. S-15.1, s.2-1 "public holiday" (incl. Family Day, Saskatchewan Day)',
    days: ['01-01', '02-16', '04-03', '05-18', '07-01', '08-03', '09-07', '10-12', '11-11', '12-25'],
  },
  YT: {
    citation: 'Employment Standards Act, RSY 2002, c. 72, s.1 "general holiday" (incl. National Indigenous Peoples Day, Discovery Day)',
    days: ['01-01', '04-03', '05-18', '06-21', '07-01', '08-17', '09-07', '09-30', '10-12', '11-11', '12-25'],
  },
  NT: {
    citation: 'Employment Standards Act, SNWT 2007, c. 13, s.1 "general holiday" (incl. National Indigenous Peoples Day, Civic Holiday)',
    days: ['01-01', '04-03', '05-18', '06-21', '07-01', '08-03', '09-07', '09-30', '10-12', '11-11', '12-25'],
  },
  NU: {
    citation: 'Labour Standards Act, RSNWT (Nu) 1988, c. L-1, s.1 "general holiday" (incl. Nunavut Day, Civic Holiday)',
    days: ['01-01', '04-03', '05-18', '07-01', '07-09', '08-03', '09-07', '09-30', '10-12', '11-11', '12-25'],
  },
};

describe('2026 general holidays of the provinces and territories added to the calendar', () => {
  it.each(Object.entries(known))('%s (%s)', (region, { days }) => {
    const provincial = holidaysFor(region as Province, 2026, table)
      .filter((h) => h.provincial)
      .map((h) => h.date);
    expect(provincial).toEqual(days.map((d) => `2026-${d}`));
  });

  it('names the day as the province does', () => {
    const name = (region: Province, date: string): string[] =>
      holidaysFor(region, 2026, table)
        .filter((h) => h.date === date)
        .map((h) => `${h.name} | ${h.nameFr}`);
    expect(name('QC', '2026-05-18')).toEqual(["National Patriots' Day | Journée nationale des patriotes"]);
    expect(name('ON', '2026-05-18')).toEqual(['Victoria Day | Fête de la Reine']);
    expect(name('QC', '2026-06-24')).toEqual(['Fête nationale du Québec | Fête nationale du Québec']);
    expect(name('NL', '2026-07-01')).toEqual(['Memorial Day / Canada Day | Jour du Souvenir (T.-N.-L.) / Fête du Canada']);
    expect(name('MB', '2026-02-16')).toEqual(['Louis Riel Day | Journée Louis-Riel']);
    expect(name('PE', '2026-02-16')).toEqual(['Islander Day | Fête des Insulaires']);
    expect(name('SK', '2026-08-03')).toEqual(['Saskatchewan Day | Fête de la Saskatchewan']);
  });

  it('every provincial holiday of every region carries a citation of its statute and a status', () => {
    for (const region of Object.keys(known) as Province[]) {
      for (const h of holidaysFor(region, 2026, table).filter((x) => x.provincial && x.federal === 'no')) {
        expect(h.citations.length, `${region} ${h.id}`).toBeGreaterThan(0);
        expect(h.status, `${region} ${h.id}`).toBe('unconfirmed');
      }
    }
  });

  it('federal offices close on the 1st Monday of August where it is no provincial holiday, except in Québec', () => {
    const closed = (region: Province): boolean => holidaysFor(region, 2026, table).some((h) => h.date === '2026-08-03' && h.officeClosed);
    expect((['NL', 'PE', 'MB', 'ON', 'AB', 'NS', 'NB', 'SK'] as const).every(closed)).toBe(true);
    expect(closed('QC')).toBe(false);
  });
});

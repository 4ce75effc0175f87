import { describe, expect, it } from 'vitest';
import {
  CASE_SCHEMA_VERSION,
  caseSchema,
  clientSchema,
  hearingSchema,
  namedHouseholdMemberSchema,
  parallelProceedingSchema,
  statusPeriodSchema,
} from '../../../../src-main/core/model/case.ts';
import { parseCaseFile, toCaseFile } from '../../../../src-main/core/model/interchange.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const scheduled = { utc: '2026-03-02T14:00:00Z', tz: 'America/Toronto' };

describe('records a case holds', () => {
  it('a reserved decision keeps the day it was reserved and the day it was received, in that order', () => {
    const held = hearingSchema.parse({
      id: 'h-7d',
      type: '7D',
      scheduled,
      reserved: { reservedOn: '2026-03-02', receivedOn: '2026-03-05' },
    });
    expect(held.reserved).toEqual({ reservedOn: '2026-03-02', receivedOn: '2026-03-05' });
    expect(held.outcome).toBeUndefined();
    const backwards = hearingSchema.safeParse({
      id: 'h-7d',
      type: '7D',
      scheduled,
      reserved: { reservedOn: '2026-03-05', receivedOn: '2026-03-02' },
    });
    expect(messages(backwards)).toEqual(['reserved.receivedOn: receivedBeforeReserved']);
  });

  it('a person the Minister names is not a bondsperson and defaults to sharing the residence', () => {
    const named = namedHouseholdMemberSchema.parse({ name: 'Chan Tai Man', ministerSays: 'Alleged to have arranged the work.' });
    expect(named).toEqual({
      name: 'Chan Tai Man',
      relationship: '',
      sharesAddress: true,
      ministerSays: 'Alleged to have arranged the work.',
    });
    expect(namedHouseholdMemberSchema.safeParse({ name: '' }).success).toBe(false);
  });

  it('place of birth stores the country as its ISO code', () => {
    expect(clientSchema.parse({ placeOfBirth: { city: 'Udon Thani', country: 'TH' } }).placeOfBirth).toEqual({
      city: 'Udon Thani',
      country: 'TH',
    });
    expect(messages(clientSchema.safeParse({ placeOfBirth: { country: 'Thailand' } }))).toEqual(['placeOfBirth.country: country']);
  });

  it('a second birth date is in another calendar and converts to the same day as the first', () => {
    const dateOfBirth = { year: 1988, month: 8, day: 12 };
    // 12 August 2531 BE is 12 August 1988; 21 Mordad 1367 AP is 12 August 1988; 12 August ROC 77 is 12 August 1988.
    for (const second of [
      { calendar: 'buddhist', year: 2531, month: 8, day: 12 },
      { calendar: 'solar-hijri', year: 1367, month: 5, day: 21 },
      { calendar: 'minguo', year: 77, month: 8, day: 12 },
    ])
      expect(clientSchema.safeParse({ dateOfBirth, dateOfBirthOtherCalendar: second }).success).toBe(true);
    expect(
      messages(clientSchema.safeParse({ dateOfBirth, dateOfBirthOtherCalendar: { calendar: 'buddhist', year: 2531, month: 8, day: 13 } })),
    ).toEqual(['dateOfBirthOtherCalendar.year: birthDatesDisagree']);
    // A year alone overlaps the day; a lunar date with no bounds typed cannot be checked and is kept.
    expect(clientSchema.safeParse({ dateOfBirth, dateOfBirthOtherCalendar: { calendar: 'buddhist', year: 2531 } }).success).toBe(true);
    expect(
      clientSchema.safeParse({ dateOfBirth, dateOfBirthOtherCalendar: { calendar: 'chinese-lunar', year: 1988, month: 7, day: 1 } })
        .success,
    ).toBe(true);
    expect(
      messages(
        clientSchema.safeParse({
          dateOfBirth,
          dateOfBirthOtherCalendar: {
            calendar: 'chinese-lunar',
            year: 1988,
            month: 7,
            day: 1,
            earliest: '1988-08-20',
            latest: '1988-08-20',
          },
        }),
      ),
    ).toEqual(['dateOfBirthOtherCalendar.year: birthDatesDisagree']);
    expect(messages(clientSchema.safeParse({ dateOfBirthOtherCalendar: { year: 1988 } }))).toEqual([
      'dateOfBirthOtherCalendar.calendar: secondBirthDateGregorian',
    ]);
    // The calendar's own checks still run: Buddhist 2531 has no 31 September.
    expect(messages(clientSchema.safeParse({ dateOfBirthOtherCalendar: { calendar: 'buddhist', year: 2531, month: 9, day: 31 } }))).toEqual(
      ['dateOfBirthOtherCalendar.day: noSuchDay'],
    );
  });

  it('a status period keeps its employer and conditions', () => {
    const period = statusPeriodSchema.parse({
      kind: 'work-employer-specific',
      employer: 'Golden Lotus Spa Ltd.',
      conditions: 'Occupation: massage therapist. Location: Markham.',
    });
    expect(period).toMatchObject({ employer: 'Golden Lotus Spa Ltd.', conditions: 'Occupation: massage therapist. Location: Markham.' });
  });

  it('a parallel proceeding has a kind, a status and dates in order; another kind names itself', () => {
    expect(
      parallelProceedingSchema.parse({
        id: 'proc-claim',
        kind: 'refugee-claim-ineligible',
        filedOn: '2026-01-10',
        decidedOn: '2026-01-20',
      }),
    ).toMatchObject({
      status: 'planned',
    });
    expect(
      messages(parallelProceedingSchema.safeParse({ id: 'proc-prra', kind: 'prra', filedOn: '2026-02-10', decidedOn: '2026-02-01' })),
    ).toEqual(['decidedOn: decidedBeforeFiled']);
    expect(messages(parallelProceedingSchema.safeParse({ id: 'proc-x', kind: 'other' }))).toEqual(['label: proceedingNeedsLabel']);
    expect(messages(parallelProceedingSchema.safeParse({ id: 'proc-x', kind: 'appeal' }))).toHaveLength(1);
  });

  it('a case without any of them still parses, and holds them all when given', () => {
    const base = { id: 'case-records', kind: 'detention-review', matter: { forum: 'IRB-ID', openedAt: '2026-03-01' }, client: {} };
    const bare = caseSchema.parse(base);
    expect(bare.proceedings).toBeUndefined();
    const full = caseSchema.parse({
      ...base,
      proceedings: [
        { id: 'proc-owp', kind: 'vulnerable-worker-owp', status: 'granted', fileNumber: 'W307812345', decidedOn: '2026-02-12' },
      ],
    });
    expect(full.proceedings).toHaveLength(1);
  });
});

describe('a case file holding every new record', () => {
  it('imports with no field refused as unknown, and exports what it imported', () => {
    const file = {
      format: 'dossier-case',
      formatVersion: CASE_SCHEMA_VERSION,
      case: {
        id: 'case-records-file',
        kind: 'detention-review',
        matter: { forum: 'IRB-ID', openedAt: '2026-03-01' },
        client: {
          dateOfBirth: { year: 1988, month: 8, day: 12 },
          dateOfBirthOtherCalendar: { calendar: 'buddhist', original: '12 ส.ค. 2531', year: 2531, month: 8, day: 12 },
          placeOfBirth: { city: 'Udon Thani', country: 'TH' },
          statusHistory: [
            { kind: 'work-employer-specific', employer: 'Golden Lotus Spa Ltd.', conditions: 'Massage therapist, Markham only.' },
          ],
        },
        detention: {
          hearings: [
            { id: 'h-7d', type: '7D', scheduled, outcome: 'DETAINED', reserved: { reservedOn: '2026-03-02', receivedOn: '2026-03-05' } },
          ],
          releasePlan: {
            residence: {
              address: '14 Elmwood Crescent',
              namedByMinister: [
                {
                  name: 'Chan Tai Man',
                  relationship: 'lodger',
                  sharesAddress: false,
                  address: '3 Oak St.',
                  ministerSays: 'Arranged the work.',
                  answer: 'He moved out.',
                  answerFr: 'Il a déménagé.',
                },
              ],
            },
          },
        },
        proceedings: [
          { id: 'proc-prra', kind: 'prra', status: 'filed', fileNumber: 'P1', filedOn: '2026-03-20', note: 'Risk in Hong Kong.' },
        ],
      },
    };
    const parsed = parseCaseFile(structuredClone(file));
    expect(parsed.case.client.placeOfBirth).toEqual({ city: 'Udon Thani', country: 'TH' });
    expect(parsed.case.detention.releasePlan.residence?.namedByMinister?.[0]?.answerFr).toBe('Il a déménagé.');
    expect(parsed.case.proceedings?.[0]?.note).toBe('Risk in Hong Kong.');
    expect(parseCaseFile(JSON.parse(JSON.stringify(toCaseFile(parsed.case))))).toEqual(parsed);
    const misspelt = structuredClone(file);
    (misspelt.case.proceedings[0] as Record<string, unknown>)['fileNo'] = 'P1';
    expect(() => parseCaseFile(misspelt)).toThrow(/proceedings\.0\.fileNo/u);
  });
});

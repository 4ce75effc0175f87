import { describe, expect, it } from 'vitest';
import { detentionEpisodeSchema, hearingSchema, statusKinds, type Case, type TimelineEvent } from '../../../../src-main/core/model/case.ts';
import { partialDateSchema, type PartialDateInput } from '../../../../src-main/core/model/partial-date.ts';
import type { DerivedEvent } from '../../../../src-main/core/timeline/derived.ts';
import { timelineEntries } from '../../../../src-main/core/timeline/entries.ts';
import {
  chronologyData,
  chronologyRows,
  chronologyStrings,
  derivedSummary,
  printRows,
} from '../../../../src-main/documents/builders/chronology.ts';
import { citeContext } from '../../../../src-main/documents/builders/chronology-format.ts';
import { buildTimeline } from '../../../../src-main/documents/builders/timeline.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { blocksText, counsel, load, text } from './helpers.ts';

const lai = load('case1-lai');
const store = createTemplateStore();
const labels = (lang: 'en' | 'fr') => store.set(lang)('timeline').front.strings;

const date = (input: PartialDateInput) => partialDateSchema.parse(input);

function event(id: string, when: PartialDateInput, more: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    when: date(when),
    category: 'other',
    summary: `Summary of ${id}.`,
    sources: [],
    disputed: false,
    forFiling: true,
    accounts: [],
    ...more,
  };
}

const withTimeline = (c: Case, timeline: TimelineEvent[]): Case => ({ ...c, timeline });

/** The chronology's rows as printed: the table's rows only, each row's cells joined by " | ". */
function tableRows(c: Case, lang: 'en' | 'fr' = 'en', filingOnly?: boolean): string[] {
  const doc = buildTimeline(
    { case: c, counsel, lang, today: '2026-03-17', templates: store.set(lang) },
    filingOnly === undefined ? {} : { filingOnly },
  );
  const table = doc.blocks.find((b) => b.type === 'table');
  if (table?.type !== 'table') throw new Error('no table');
  return table.rows.map((row) => row.cells.map((cell) => blocksText(cell.blocks).replace(/\n/gu, ' ')).join(' | '));
}

describe('chronology rows', () => {
  it('follow the timeline order, the events recorded elsewhere included, with no row of its own for birth', () => {
    const rows = chronologyRows(lai, labels('en'));
    expect(rows.map((r) => r.key)).toEqual(timelineEntries(lai).map((e) => e.key));
    const printed = tableRows(lai);
    const at = (needle: string) => printed.findIndex((r) => r.includes(needle));
    expect(printed[0]).toBe('1991-11-02 | Family | Born. | ');
    expect(printed.filter((r) => r.includes('Born.'))).toHaveLength(1);
    expect(printed).toContain('2026-03-10 | Detention | Detained at Toronto Immigration Holding Centre (IRPA s.55(2)(a)) | ');
    expect(printed).toContain('2026-03-12 | Hearing | 48-hour review: detention continued | ');
    expect(printed).toContain('2026-03-18 | Hearing | 7-day review: release ordered | ');
    // The typed entry stands for the recorded one: the entry is printed once, in the typed words.
    expect(printed.filter((r) => r.includes('| Entry |'))).toHaveLength(1);
    // The typed release on the day the episode ended stands for it too.
    expect(printed.some((r) => r.includes('by order of the Immigration Division'))).toBe(false);
    expect(at('Status began: temporary resident visa')).toBeLessThan(at('Status began: visitor'));
    expect(at('48-hour review')).toBeLessThan(at('7-day review'));
    expect(at('7-day review')).toBeLessThan(at('Deposit posted'));
    expect(at('Deposit posted')).toBeLessThan(at('Admissibility hearing'));
  });

  it('leave out the events kept for counsel unless asked, and mark them when they are shown', () => {
    const c = withTimeline(lai, [
      ...lai.timeline,
      event(
        't-private',
        { original: '2026-03-11', year: 2026, month: 3, day: 11 },
        { summary: 'Phone call with the cousin.', forFiling: false },
      ),
    ]);
    expect(tableRows(c).some((r) => r.includes('Phone call with the cousin.'))).toBe(false);
    expect(text(c, 'timeline')).not.toContain('Phone call with the cousin.');
    const all = tableRows(c, 'en', false);
    expect(all).toContain("2026-03-11 | Other | Phone call with the cousin. Not for filing (counsel's copy) | ");
    expect(tableRows(c, 'fr', false).find((r) => r.includes('Phone call'))).toContain('Non déposé');
  });
});

describe('recorded facts in the filed chronology', () => {
  it('an event kept for counsel on the day of the birth, an entry or the detention never hides them', () => {
    const c = withTimeline(lai, [
      ...lai.timeline,
      event(
        't-birth-note',
        { original: '1991-11-02', year: 1991, month: 11, day: 2 },
        { category: 'family', summary: 'Mother says born at home.', forFiling: false },
      ),
      event(
        't-arrest-note',
        { original: '2026-03-10', year: 2026, month: 3, day: 10 },
        { category: 'detention', summary: 'Counsel notes on arrest.', forFiling: false },
      ),
    ]);
    const filed = tableRows(c);
    expect(filed[0]).toBe('1991-11-02 | Family | Born. | ');
    expect(filed).toContain('2026-03-10 | Detention | Detained at Toronto Immigration Holding Centre (IRPA s.55(2)(a)) | ');
    expect(filed.some((r) => r.includes('Mother says') || r.includes('Counsel notes'))).toBe(false);
    // Counsel's copy shows the notes in the typed words, which stand for the recorded facts.
    const all = tableRows(c, 'en', false);
    expect(all.some((r) => r.includes('Mother says born at home.'))).toBe(true);
    expect(all.some((r) => r.includes('Born.'))).toBe(false);
  });
});

describe('chronology dates', () => {
  const first = (when: PartialDateInput, lang: 'en' | 'fr' = 'en'): string => {
    const c = withTimeline(
      { ...lai, client: { ...lai.client, entries: [], statusHistory: [] }, detention: { ...lai.detention, episodes: [], hearings: [] } },
      [event('t-one', when)],
    );
    const row = tableRows({ ...c, client: { ...c.client, dateOfBirth: undefined } }, lang)[0] ?? '';
    return row.split(' | ')[0] ?? '';
  };

  it('print the words verbatim, never with a qualifier added in front of them', () => {
    const thai = { calendar: 'buddhist', original: 'ประมาณ พ.ศ. 2562', year: 2562, qualifier: 'circa', confidence: 'medium' } as const;
    expect(first(thai)).toBe('ประมาณ พ.ศ. 2562 (2019-01-01 – 2019-12-31)');
    expect(first(thai, 'fr')).toBe('ประมาณ พ.ศ. 2562 (2019-01-01 – 2019-12-31)');
    expect(first({ original: 'before March 2019', year: 2019, month: 3, qualifier: 'before' })).toBe(
      'before March 2019 (2019-03-01 – 2019-03-31)',
    );
    expect(first({ original: 'winter 2023', year: 2022, month: 12, end: { year: 2023, month: 3 }, qualifier: 'season' })).toBe(
      'winter 2023 (2022-12-01 – 2023-03-31)',
    );
  });

  it('say in the Gregorian part what bare words leave out, and lead with the qualifier when there are no words', () => {
    expect(first({ original: '2020', year: 2020, qualifier: 'circa' })).toBe('2020 (c. 2020-01-01 – 2020-12-31)');
    expect(first({ original: '2020', year: 2020, qualifier: 'circa' }, 'fr')).toBe('2020 (vers 2020-01-01 – 2020-12-31)');
    expect(first({ original: 'March 2019', year: 2019, month: 3, qualifier: 'after' })).toBe('March 2019 (after March 2019)');
    expect(first({ year: 2020, qualifier: 'before' })).toBe('before 2020');
    expect(first({ year: 2020, qualifier: 'before' }, 'fr')).toBe('avant 2020');
    expect(first({ year: 2020, month: 6, day: 1 })).toBe('2020-06-01');
    expect(first({ calendar: 'buddhist', year: 2562, qualifier: 'circa' })).toBe('c. Buddhist Era 2562 (2019-01-01 – 2019-12-31)');
  });

  it('say when a date is unknown, and when a lunar date has no Gregorian range yet', () => {
    expect(first({ qualifier: 'unknown' })).toBe('Date unknown');
    expect(first({ original: '모름', qualifier: 'unknown' })).toBe('모름 (date unknown)');
    expect(first({ original: '모름', qualifier: 'unknown' }, 'fr')).toBe('모름 (date inconnue)');
    const chuseok = { calendar: 'korean-lunar', original: '추석 지나고', month: 8, day: 15, qualifier: 'after' } as const;
    expect(first(chuseok)).toBe('추석 지나고 (Korean lunar calendar; no Gregorian date entered)');
    expect(first(chuseok, 'fr')).toBe('추석 지나고 (calendrier lunaire coréen\u00A0; aucune date grégorienne saisie)');
    expect(first({ ...chuseok, earliest: '2024-09-18', latest: '2024-10-31' })).toBe('추석 지나고 (2024-09-18 – 2024-10-31)');
  });
});

describe('chronology events', () => {
  it('give the place, who says so, the dispute in words and each competing account below with its sources', () => {
    const disputed = event(
      't-wages',
      { original: 'winter 2023', year: 2022, month: 12, end: { year: 2023, month: 3 }, qualifier: 'season' },
      {
        category: 'work',
        summary: 'Wages stopped.',
        place: 'Markham',
        assertedBy: 'the client',
        disputed: true,
        sources: [{ exhibitId: 'x-chan-bank', pages: '2' }],
        accounts: [
          {
            assertedBy: 'the Minister',
            when: date({ original: 'spring 2023', year: 2023, month: 3, end: { year: 2023, month: 5 }, qualifier: 'season' }),
            summary: 'She was paid until May.',
            sources: [{ exhibitId: 'x-seizure-notice', pages: '1' }],
          },
        ],
      },
    );
    const row = tableRows(withTimeline(lai, [disputed])).find((r) => r.includes('Wages stopped.'));
    expect(row).toBe(
      'winter 2023 (2022-12-01 – 2023-03-31) | Work | Wages stopped. Place: Markham According to: the client Disputed. ' +
        'Another account, given by the Minister spring 2023 (2023-03-01 – 2023-05-31) She was paid until May. ' +
        'Sources: Notice of seizure (IRPA s.140), p. 1 | Bank letter for CHAN Kwok-wai, p. 2',
    );
    const fr = tableRows(withTimeline(lai, [disputed]), 'fr').find((r) => r.includes('Wages stopped.'));
    expect(fr).toContain('Lieu\u00A0: Markham Selon\u00A0: the client Contesté. Autre version, donnée par the Minister');
  });
});

describe('events recorded elsewhere', () => {
  const bare = withTimeline(lai, []);

  it('are worded from the template in English and French, codes never printed raw', () => {
    const en = tableRows(bare).join('\n');
    expect(en).toContain('Entered Canada at Vancouver International Airport as a visitor');
    expect(en).toContain('Status began: visitor');
    expect(en).toContain('Released from detention by order of the Immigration Division');
    const fr = tableRows(bare, 'fr').join('\n');
    expect(fr).toContain('Entrée au Canada à Vancouver International Airport à titre de visiteur');
    expect(fr).toContain('Mise en détention\u00A0: Toronto Immigration Holding Centre (LIPR, al. 55(2)a))');
    expect(fr).toContain('Contrôle des 48 heures\u00A0: maintien en détention');
    expect(fr).toContain('Début du statut\u00A0: visiteur');
    expect(fr).toContain('Naissance.');
    for (const raw of ['IRPA55', 'DETAINED', '48H', 'released-ID', 'TRV)']) expect(fr).not.toContain(raw);
  });

  it("print a permit's employer and conditions with the start of its status, in English and French", () => {
    const permit = (more: Partial<Case['client']['statusHistory'][number]>): Case => ({
      ...bare,
      client: {
        ...bare.client,
        statusHistory: [{ kind: 'work-employer-specific', from: date({ year: 2024, month: 5, day: 1 }), ...more }],
      },
    });
    const both = permit({ employer: ' Maple Leaf Greenhouses Ltd. ', conditions: 'Farm worker; Leamington, Ontario only.' });
    expect(tableRows(both).join('\n')).toContain(
      'Status began: employer-specific work permit (employer: Maple Leaf Greenhouses Ltd.; conditions: Farm worker; Leamington, Ontario only.)',
    );
    expect(tableRows(both, 'fr').join('\n')).toContain(
      'Début du statut\u00A0: permis de travail lié à un employeur (employeur\u00A0: Maple Leaf Greenhouses Ltd.\u00A0; conditions\u00A0: Farm worker; Leamington, Ontario only.)',
    );
    expect(tableRows(permit({ employer: 'Maple Leaf Greenhouses Ltd.' })).join('\n')).toContain(
      'Status began: employer-specific work permit (employer: Maple Leaf Greenhouses Ltd.) |',
    );
    expect(tableRows(permit({ conditions: 'Not authorized to work.', employer: '  ' }), 'fr').join('\n')).toContain(
      'Début du statut\u00A0: permis de travail lié à un employeur (conditions\u00A0: Not authorized to work.) |',
    );
    expect(tableRows(permit({})).join('\n')).toContain('Status began: employer-specific work permit |');
  });

  it('have words for every code the case model allows, in both languages', () => {
    const base = { key: 'k', when: date({ year: 2020 }), category: 'status', derivedFrom: 'x', editAt: 'client' } as const;
    const summaries = (lang: 'en' | 'fr'): string[] => {
      const l = labels(lang);
      const say = (e: Omit<DerivedEvent, keyof typeof base>) => derivedSummary({ ...base, ...e }, l);
      return [
        ...statusKinds.flatMap((status) => [
          say({ kind: 'status-start', details: { status } }),
          say({ kind: 'entry', details: { port: 'Port', admittedAs: status } }),
        ]),
        ...hearingSchema.shape.type.options.flatMap((type) =>
          hearingSchema.shape.outcome.unwrap().options.map((outcome) => say({ kind: 'review', details: { type, outcome } })),
        ),
        ...detentionEpisodeSchema.shape.authority
          .unwrap()
          .options.map((authority) => say({ kind: 'detention-start', details: { facility: 'F', authority } })),
        ...detentionEpisodeSchema.shape.endReason.unwrap().options.map((reason) => say({ kind: 'detention-end', details: { reason } })),
        say({ kind: 'hc-decision', details: {} }),
        say({ kind: 'hc-bar-ends', details: {} }),
      ];
    };
    for (const lang of ['en', 'fr'] as const) {
      const all = summaries(lang);
      for (const s of all) {
        expect(s.trim()).not.toBe('');
        expect(s).not.toMatch(/[{}]|: $|\(\)|\s$/u);
      }
      expect(new Set(all).size).toBe(all.length);
    }
    for (const key of chronologyStrings) {
      expect(labels('en')[key], key).toBeTruthy();
      expect(labels('fr')[key], key).toBeTruthy();
    }
  });
});

describe('chronology sources', () => {
  const cited = (pages: string | undefined, exhibitPages?: number): Case =>
    withTimeline(
      {
        ...lai,
        exhibits: lai.exhibits.map((x) => (x.id === 'x-seizure-notice' && exhibitPages !== undefined ? { ...x, pages: exhibitPages } : x)),
      },
      [event('t-cited', { year: 2026, month: 3, day: 10 }, { sources: [{ exhibitId: 'x-seizure-notice', ...(pages ? { pages } : {}) }] })],
    );
  const sourceOf = (c: Case, refs?: Parameters<typeof buildTimeline>[0]['exhibitRefs'], lang: 'en' | 'fr' = 'en'): string => {
    const doc = buildTimeline({
      case: c,
      counsel,
      lang,
      today: '2026-03-17',
      templates: store.set(lang),
      ...(refs ? { exhibitRefs: refs } : {}),
    });
    const table = doc.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    const row = table.rows.find((r) => blocksText(r.cells[2]?.blocks ?? []).includes('Summary of t-cited'));
    return blocksText(row?.cells[3]?.blocks ?? []);
  };
  const bates = (n: number) => `APP-${String(n).padStart(6, '0')}`;
  // Tab 8 opens with a divider on page 20; the three-page exhibit is on pages 21–23.
  const tab8 = (pageLabel: (n: number) => string = String) =>
    new Map([['x-seizure-notice', { tab: '8', page: 20, label: pageLabel(20), lastPage: 23, pages: 3, pageLabel }]]);

  it('on their own: exhibit title and page, a range in pages, a pin beyond the exhibit said so', () => {
    expect(sourceOf(cited('1'))).toBe('Notice of seizure (IRPA s.140), p. 1');
    expect(sourceOf(cited('2-3'))).toBe('Notice of seizure (IRPA s.140), pp. 2–3');
    expect(sourceOf(cited(undefined))).toBe('Notice of seizure (IRPA s.140)');
    expect(sourceOf(cited('5', 2))).toBe('Notice of seizure (IRPA s.140), p. 5 cited, but the exhibit ends at p. 2');
    expect(sourceOf(cited('1'), undefined, 'fr')).toBe('Notice of seizure (IRPA s.140), p. 1');
  });

  it('inside a packet: the tab and the packet pages, in the packet number style, past any divider', () => {
    expect(sourceOf(cited('1'), tab8())).toBe('Tab 8, p. 21');
    expect(sourceOf(cited('2-3'), tab8())).toBe('Tab 8, pp. 22–23');
    expect(sourceOf(cited('1, 3'), tab8())).toBe('Tab 8, pp. 21, 23');
    expect(sourceOf(cited(undefined), tab8())).toBe('Tab 8, pp. 21–23');
    // A stamped number holds a hyphen: it starts its own line, and a range breaks after its dash.
    expect(sourceOf(cited('1'), tab8(bates))).toBe('Tab 8,\np. APP-000021');
    expect(sourceOf(cited(undefined), tab8(bates))).toBe('Tab 8,\npp. APP-000021–\nAPP-000023');
    expect(sourceOf(cited('1, 3'), tab8(bates))).toBe('Tab 8,\npp. APP-000021,\nAPP-000023');
    expect(sourceOf(cited('2'), tab8(), 'fr')).toBe('Onglet 8, p. 22');
  });

  it("reach a template's `events` list on one line each, with the date as written and its accounts", () => {
    const l = labels('en');
    const c = cited('2-3');
    const data = chronologyData(printRows(chronologyRows(c, l), citeContext(c, l, tab8(bates))));
    const row = data.find((r) => r['summary'] === 'Summary of t-cited.');
    expect(row).toMatchObject({ date: '2026-03-10', category: 'Other', sources: 'Tab 8, pp. APP-000022–APP-000023', disputed: false });
    expect(data[0]).toMatchObject({ date: '1991-11-02', summary: 'Born.', sources: '' });
  });

  it('inside a packet: a pin beyond the exhibit, or an exhibit left out of the packet, is said so', () => {
    expect(sourceOf(cited('4'), tab8())).toBe('Tab 8, p. 4 cited, but the exhibit ends at p. 3');
    expect(sourceOf(cited('4'), tab8(), 'fr')).toBe("Onglet 8, p. 4 citée, mais la pièce s'arrête à la p. 3");
    const elsewhere = new Map([['x-chan-t4', { tab: '5', page: 12 }]]);
    expect(sourceOf(cited('1'), elsewhere)).toBe('Notice of seizure (IRPA s.140), p. 1 (not in this packet)');
  });
});

describe('"after X" and events told against another, read back from the built chronology', () => {
  const bare = withTimeline(
    {
      ...lai,
      client: { ...lai.client, entries: [], statusHistory: [], dateOfBirth: undefined },
      detention: { ...lai.detention, episodes: [], hearings: [] },
    },
    [],
  );
  const dates = (c: Case, lang: 'en' | 'fr' = 'en'): string[] => tableRows(c, lang).map((r) => r.split(' | ')[0] ?? '');

  it('prints "after X" with X itself in words, never the day after it or the end of its range', () => {
    const after17 = { year: 2026, month: 2, day: 17, qualifier: 'after' } as const;
    expect(dates(withTimeline(bare, [event('t-a', after17)]))).toEqual(['after 17\u00a0February 2026']);
    expect(dates(withTimeline(bare, [event('t-a', after17)]), 'fr')).toEqual(['après le 17\u00a0février 2026']);
    expect(dates(withTimeline(bare, [event('t-a', { year: 2026, month: 3, day: 1, qualifier: 'before' })]), 'fr')).toEqual([
      'avant le 1er\u00a0mars 2026',
    ]);
    expect(dates(withTimeline(bare, [event('t-a', { year: 2026, month: 2, qualifier: 'after' })]))).toEqual(['after February 2026']);
    expect(dates(withTimeline(bare, [event('t-a', { year: 2026, month: 2, qualifier: 'after' })]), 'fr')).toEqual(['après février 2026']);
    // The client placed it after the 17th; the range typed by hand runs to the end of the month.
    const placed = { original: 'la semaine du 17', earliest: '2026-02-17', latest: '2026-02-28', qualifier: 'after' } as const;
    expect(dates(withTimeline(bare, [event('t-a', placed)]))).toEqual(['la semaine du 17 (after 17\u00a0February 2026)']);
    expect(dates(withTimeline(bare, [event('t-a', placed)]), 'fr')).toEqual(['la semaine du 17 (après le 17\u00a0février 2026)']);
    expect(dates(withTimeline(bare, [event('t-a', { ...placed, original: '' })]))).toEqual(['after 17\u00a0February 2026']);
  });

  it('sorts "after 2026-02-17" among the events of the 17th, before the 18th', () => {
    const c = withTimeline(bare, [
      event('t-18', { year: 2026, month: 2, day: 18 }, { summary: 'On the 18th.' }),
      event('t-after', { original: 'after 2026-02-17', year: 2026, month: 2, day: 17, qualifier: 'after' }, { summary: 'After.' }),
      event('t-17', { year: 2026, month: 2, day: 17 }, { summary: 'On the 17th.' }),
    ]);
    expect(tableRows(c).map((r) => r.split(' | ')[2])).toEqual(['On the 17th.', 'After.', 'On the 18th.']);
  });

  it('puts "shortly after the arrest on 3 March" just after the arrest, with the arrest\'s date, in both languages', () => {
    const c = withTimeline(bare, [
      event(
        't-later',
        { year: 2026, month: 3, day: 3 },
        { summary: 'Later that day.', at: { utc: '2026-03-03T21:00:00Z', tz: 'America/Toronto' } },
      ),
      event(
        't-call',
        { year: 2026, month: 3, day: 3 },
        { summary: 'Called her sister.', relative: { side: 'shortly-after', anchor: 't-arrest' } },
      ),
      event(
        't-hid',
        { year: 2026, month: 3, day: 3 },
        { summary: 'Hid her passport.', relative: { side: 'shortly-before', anchor: 't-arrest' } },
      ),
      event(
        't-arrest',
        { year: 2026, month: 3, day: 3 },
        { summary: 'Arrested at work.', category: 'arrest', at: { utc: '2026-03-03T15:00:00Z', tz: 'America/Toronto' } },
      ),
      event(
        't-morning',
        { year: 2026, month: 3, day: 3 },
        { summary: 'Went to work.', at: { utc: '2026-03-03T12:00:00Z', tz: 'America/Toronto' } },
      ),
    ]);
    const rows = tableRows(c).map((r) => r.split(' | '));
    expect(rows.map((r) => r[2])).toEqual([
      'Went to work.',
      'Hid her passport.',
      'Arrested at work.',
      'Called her sister.',
      'Later that day.',
    ]);
    expect(rows[1]?.[0]).toBe('shortly before 3\u00a0March 2026');
    expect(rows[3]?.[0]).toBe('shortly after 3\u00a0March 2026');
    expect(tableRows(c, 'fr')[3]?.split(' | ')[0]).toBe('peu après le 3\u00a0mars 2026');
    const worded = withTimeline(
      c,
      c.timeline.map((e) => (e.id === 't-call' ? { ...e, when: { ...e.when, original: 'après son arrestation' } } : e)),
    );
    expect(tableRows(worded, 'fr')[3]?.split(' | ')[0]).toBe('après son arrestation (peu après le 3\u00a0mars 2026)');
  });

  it('follows a recorded fact as anchor, and an event whose anchor is gone keeps its own date', () => {
    const c: Case = {
      ...bare,
      detention: lai.detention,
      timeline: [
        event(
          't-call',
          { year: 2026, month: 1, day: 1 },
          { summary: 'Called counsel.', relative: { side: 'shortly-after', anchor: 'derived:detention.episodes.0.start' } },
        ),
        event('t-gone', { year: 2025, month: 5, day: 2 }, { summary: 'Orphan.', relative: { side: 'shortly-after', anchor: 't-removed' } }),
      ],
    };
    const rows = tableRows(c).map((r) => r.split(' | '));
    const detained = rows.findIndex((r) => r[2]?.startsWith('Detained at'));
    expect(rows[detained + 1]).toEqual(['shortly after 10\u00a0March 2026', 'Other', 'Called counsel.', '']);
    expect(rows.find((r) => r[2] === 'Orphan.')?.[0]).toBe('2025-05-02');
  });
});

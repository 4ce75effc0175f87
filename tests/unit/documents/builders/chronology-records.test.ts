import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../src-main/core/model/case.ts';
import { buildTimeline } from '../../../../src-main/documents/builders/timeline.ts';
import { createTemplateStore } from '../../../../src-main/services/templates-store.ts';
import { blocksText, counsel, load } from './helpers.ts';

const store = createTemplateStore();

function rows(c: Case, lang: 'en' | 'fr'): string[] {
  const doc = buildTimeline({ case: c, counsel, lang, today: '2026-04-30', templates: store.set(lang) });
  const table = doc.blocks.find((b) => b.type === 'table');
  if (table?.type !== 'table') throw new Error('no table');
  return table.rows.map((row) => row.cells.map((cell) => blocksText(cell.blocks).replace(/\n/gu, ' ')).join(' | '));
}

/** Ms Lai's case with the 7-day decision reserved (received 20 March) and the matters beside her detention. */
function withRecords(): Case {
  const c = load('case1-lai');
  return {
    ...c,
    detention: {
      ...c.detention,
      hearings: c.detention.hearings.map((h) =>
        h.id === 'h-7d' ? { ...h, reserved: { reservedOn: '2026-03-18', receivedOn: '2026-03-20' } } : h,
      ),
    },
    proceedings: [
      { id: 'proc-claim', kind: 'refugee-claim-ineligible', status: 'refused', filedOn: '2026-03-13', decidedOn: '2026-03-16' },
      { id: 'proc-vtip', kind: 'vtip-trp', status: 'filed', fileNumber: 'V123456789', filedOn: '2026-03-25' },
      { id: 'proc-esa', kind: 'other', label: 'Small-claims action for unpaid wages', status: 'planned', filedOn: '2026-04-02' },
    ],
  };
}

describe('the chronology prints reserved decisions and parallel matters as derived rows', () => {
  it('in English', () => {
    const printed = rows(withRecords(), 'en');
    const line = (needle: string) => printed.find((r) => r.includes(needle)) ?? `(no row with ${needle})`;
    expect(line('7-day review')).toContain('2026-03-18');
    expect(line('7-day review: decision reserved')).not.toContain('release ordered');
    expect(line('reserved decision received')).toMatch(/2026-03-20.*7-day review: reserved decision received \(release ordered\)/u);
    expect(line('Refugee claim: made')).toContain('2026-03-13');
    expect(line('found ineligible')).toMatch(
      /2026-03-16.*Refugee claim found ineligible to be referred to the Refugee Protection Division \(IRPA s\.101\)/u,
    );
    expect(line('victims of trafficking: made')).toMatch(/2026-03-25.*\(V123456789\)/u);
    expect(line('Small-claims action for unpaid wages: made')).toContain('2026-04-02');
  });

  it('in French', () => {
    const printed = rows(withRecords(), 'fr').join('\n');
    expect(printed).toContain('Contrôle des sept jours\u00A0: décision mise en délibéré');
    expect(printed).toContain('Contrôle des sept jours\u00A0: réception de la décision mise en délibéré (mise en liberté ordonnée)');
    expect(printed).toContain('Demande d’asile jugée irrecevable'.replace('’', "'"));
    expect(printed).toContain('Permis de séjour temporaire pour victimes de la traite de personnes\u00A0: présentation (V123456789)');
  });
});

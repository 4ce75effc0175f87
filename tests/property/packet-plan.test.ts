import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelAt, labelRanges, numberLabel, type LabelStyle } from '../../src-main/packet/plan/labels.ts';
import { safeFileStem, volumeFileName } from '../../src-main/packet/plan/file-names.ts';
import { planPacket, type PacketOptions, type PlanTab } from '../../src-main/packet/plan/plan.ts';
import { splitVolumes, type VolumeCaps } from '../../src-main/packet/plan/volumes.ts';

const doc = (key: string, pages: number, bytes: number) => ({ key, kind: 'exhibit' as const, title: key, pages, bytes });

const tabArb: fc.Arbitrary<PlanTab[]> = fc
  .array(fc.record({ pages: fc.integer({ min: 1, max: 40 }), subs: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }) }), {
    minLength: 1,
    maxLength: 30,
  })
  .map((tabs) =>
    tabs.map((t, i) => ({ main: doc(`t${i}`, t.pages, t.pages * 1000), subs: t.subs.map((p, j) => doc(`t${i}s${j}`, p, p * 1000)) })),
  );

const styleArb: fc.Arbitrary<LabelStyle> = fc.oneof(
  fc.constant<LabelStyle>({ kind: 'page-of' }),
  fc.constant<LabelStyle>({ kind: 'short' }),
  fc.record({ kind: fc.constant('bates' as const), prefix: fc.constantFrom('APP-', 'R', ''), pad: fc.integer({ min: 0, max: 8 }) }),
);

const optionsArb: fc.Arbitrary<PacketOptions> = fc.record({
  labelStyle: styleArb,
  position: fc.constantFrom('bottom-right' as const, 'bottom-center' as const, 'top-right' as const),
  startNumber: fc.integer({ min: 1, max: 5000 }),
  numberCover: fc.boolean(),
  numberList: fc.boolean(),
  tabStamps: fc.boolean(),
  dividers: fc.boolean(),
});

const capsArb: fc.Arbitrary<VolumeCaps> = fc
  .record({
    maxPages: fc.option(fc.integer({ min: 45, max: 200 }), { nil: undefined }),
    maxBytes: fc.option(fc.integer({ min: 45_000, max: 400_000 }), { nil: undefined }),
  })
  .map(({ maxPages, maxBytes }) => ({ ...(maxPages === undefined ? {} : { maxPages }), ...(maxBytes === undefined ? {} : { maxBytes }) }));

describe('packet plan properties', () => {
  it('numbers pages contiguously across volumes, lists every document once, and points each entry at its real pages', () => {
    fc.assert(
      fc.property(
        tabArb,
        optionsArb,
        capsArb,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (tabs, options, caps, listPages, coverPages) => {
          const sizes = tabs.map((t) => ({
            pages: (options.dividers ? 1 : 0) + t.main.pages + t.subs.reduce((n, s) => n + s.pages, 0),
            bytes: t.main.bytes + t.subs.reduce((n, s) => n + s.bytes, 0),
          }));
          const split = splitVolumes(sizes, caps, { pages: (v) => coverPages + (v === 1 ? listPages : 0), bytes: () => 0 });
          fc.pre(split.ok);
          if (!split.ok) return;
          const plan = planPacket({
            tabs,
            options,
            listPages,
            volumeBreaks: split.breaks,
            coverPages: Array.from({ length: split.breaks.length + 1 }, () => coverPages),
          });

          const numbers = plan.volumes.flatMap((v) => v.numbers).filter((n): n is number => n !== undefined);
          expect(numbers).toEqual(numbers.map((_, i) => options.startNumber + i));
          expect(plan.lastNumber).toBe(numbers.at(-1));

          const keys = plan.entries.map((e) => e.key);
          expect(keys).toEqual(tabs.flatMap((t) => [t.main.key, ...t.subs.map((s) => s.key)]));

          for (const entry of plan.entries) {
            const volume = plan.volumes[entry.volume - 1];
            const part = volume?.parts.find((p) => p.role === 'document' && p.key === entry.key);
            expect(part).toBeDefined();
            if (!part || !volume) continue;
            const target = entry.depth === 0 && options.dividers ? part.startIndex - 1 : part.startIndex;
            expect(entry.targetIndex).toBe(target);
            expect(volume.numbers[entry.targetIndex]).toBe(entry.firstNumber);
            expect(volume.numbers[part.startIndex + part.pages - 1]).toBe(entry.lastNumber);
          }

          for (const [v, volume] of plan.volumes.entries()) {
            if (caps.maxPages !== undefined) expect(volume.pageCount).toBeLessThanOrEqual(caps.maxPages);
            const tabsHere = new Set(plan.entries.filter((e) => e.volume === v + 1).map((e) => e.tab.replace(/[a-z]+$/u, '')));
            for (const other of plan.volumes) {
              if (other === volume) continue;
              for (const e of plan.entries.filter((x) => x.volume === other.volume))
                expect(tabsHere.has(e.tab.replace(/[a-z]+$/u, ''))).toBe(false);
            }
            const ranges = labelRanges(options.labelStyle, volume.numbers);
            volume.numbers.forEach((n, i) => {
              if (n !== undefined) expect(labelAt(ranges, i)).toBe(numberLabel(options.labelStyle, n));
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never splits a tab and never leaves a volume over its page cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 100 }),
        (pages, cap) => {
          const result = splitVolumes(
            pages.map((p) => ({ pages: p, bytes: 0 })),
            { maxPages: cap },
            { pages: () => 1, bytes: () => 0 },
          );
          if (!result.ok) {
            expect((pages[result.tabIndex] ?? 0) + 1).toBeGreaterThan(cap);
            return;
          }
          const bounds = [0, ...result.breaks, pages.length];
          for (let v = 0; v + 1 < bounds.length; v += 1) {
            const total = 1 + pages.slice(bounds[v], bounds[v + 1]).reduce((a, b) => a + b, 0);
            expect(total).toBeLessThanOrEqual(cap);
          }
        },
      ),
    );
  });
});

describe('volume file names', () => {
  it('are safe on Windows and free of invisible characters, whatever the fields hold', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        (fileNumber, division, volumes) => {
          const name = volumeFileName('[file number] – [division] – [document type] – Vol [volume]', {
            fileNumber,
            division,
            documentType: 'Disclosure',
            volume: volumes,
            volumes,
          });
          expect(name.endsWith('.pdf')).toBe(true);
          expect([...name].length).toBeLessThanOrEqual(150);
          expect(name).not.toMatch(/[<>:"/\\|?*\p{Cc}\p{Cf}]/u);
          const stem = name.slice(0, -4);
          expect(stem).not.toMatch(/[. ]$/u);
          expect(stem).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/iu);
        },
      ),
    );
  });

  it('handle the reserved cases by example', () => {
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('nul.txt')).toBe('_nul.txt');
    expect(safeFileStem('report. . ')).toBe('report');
    expect(safeFileStem('a\u202Eb\u200Bc<d>')).toBe('abc d');
    expect(
      volumeFileName('[file number] – [division] – [document type] – Vol [volume]', {
        fileNumber: '0003-B5-01234',
        division: 'ID',
        documentType: 'Disclosure',
        volume: 2,
        volumes: 3,
      }),
    ).toBe('0003-B5-01234 – ID – Disclosure – Vol 2.pdf');
  });
});

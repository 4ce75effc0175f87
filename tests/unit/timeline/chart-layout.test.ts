import { describe, expect, it } from 'vitest';
import { partialDateSchema, type PartialDateInput } from '../../../src-main/core/model/partial-date.ts';
import { eventBounds } from '../../../src-main/core/timeline/bounds.ts';
import { defaultChartOptions, layoutChart } from '../../../src-main/core/timeline/chart-layout.ts';

const item = (key: string, when: PartialDateInput) => ({ key, bounds: eventBounds(partialDateSchema.parse(when)) });

describe('the drawn timeline layout', () => {
  const items = [
    item('birth', { year: 1991, month: 11, day: 2 }),
    item('work', { calendar: 'buddhist', year: 2562, qualifier: 'circa' }),
    item('winter', { year: 2022, month: 12, qualifier: 'season', end: { year: 2023, month: 3 } }),
    item('before-2023', { year: 2023, qualifier: 'before' }),
    item('after-june', { year: 2023, month: 6, qualifier: 'after' }),
    item('unknown', { qualifier: 'unknown', original: 'she cannot say' }),
  ];
  const layout = layoutChart(items);
  const mark = (key: string) => layout.marks.find((m) => m.key === key);

  it('draws a day as a point and a range as a bar, one row per dated event in the given order', () => {
    expect(mark('birth')).toMatchObject({ point: true, row: 0 });
    expect(mark('work')).toMatchObject({ point: false, row: 1 });
    expect(layout.marks.map((m) => m.key)).not.toContain('unknown');
    const work = mark('work');
    const winter = mark('winter');
    expect(work && winter && work.x2 <= winter.x1).toBe(true);
  });

  it('cuts long stretches without events out of the axis, and says how long they are', () => {
    expect(layout.gaps.map((g) => [g.from, g.to, g.days])).toEqual([
      ['1991-11-03', '2018-12-31', 9921],
      ['2020-01-01', '2022-11-30', 1065],
    ]);
    const gap = layout.gaps[0];
    expect(gap && gap.x2 - gap.x1).toBe(defaultChartOptions.gapWidth);
  });

  it('runs open ends to the edge of their stretch', () => {
    expect(mark('before-2023')).toMatchObject({ openStart: true, openEnd: false, point: false });
    expect(mark('after-june')).toMatchObject({ openStart: false, openEnd: true });
    const last = Math.max(...layout.marks.map((m) => m.x2));
    expect(mark('after-june')?.x2).toBe(last);
    expect(last).toBeLessThanOrEqual(defaultChartOptions.width - defaultChartOptions.padding + 0.001);
  });

  it('ticks years on long stretches and months on short ones, left to right', () => {
    const xs = layout.ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.ticks.some((t) => t.iso === '2019-01-01')).toBe(true);
    const short = layoutChart([item('a', { year: 2026, month: 3, day: 10 }), item('b', { year: 2026, month: 4, day: 22 })]);
    expect(short.gaps).toEqual([]);
    expect(short.ticks.map((t) => t.iso)).toContain('2026-04-01');
  });

  it('draws nothing when nothing is dated', () => {
    expect(layoutChart([item('unknown', { qualifier: 'unknown', original: '?' })])).toMatchObject({ marks: [], gaps: [], ticks: [] });
  });
});

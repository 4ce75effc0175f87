import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { timelineEventSchema, type Case, type TimelineEvent } from '../../../src-main/core/model/case.ts';
import { parseCaseFile } from '../../../src-main/core/model/interchange.ts';
import { checkTimeline } from '../../../src-main/core/timeline/checks.ts';
import { timelineEntries } from '../../../src-main/core/timeline/entries.ts';
import { proposeDate } from '../../../src-main/core/timeline/parse.ts';
const lai = parseCaseFile(JSON.parse(readFileSync(new URL('../../fixtures/cases/case1-lai.json', import.meta.url), 'utf8'))).case;

const event = (id: string, more: Partial<z.input<typeof timelineEventSchema>>): TimelineEvent =>
  timelineEventSchema.parse({ id, category: 'other', summary: `Summary of ${id}.`, ...more });

const onTimeline = (timeline: TimelineEvent[]): Case => ({ ...lai, timeline });

describe('an event told as shortly after or before another', () => {
  it("takes the anchor's date and moves with it, beside it in the order", () => {
    const call = event('t-call', { when: { year: 2026, month: 1, day: 1 }, relative: { side: 'shortly-after', anchor: 't-arrest' } });
    const arrest = event('t-arrest', { when: { year: 2026, month: 3, day: 3 }, category: 'arrest' });
    const next = event('t-next', { when: { year: 2026, month: 3, day: 4 } });
    const keys = timelineEntries(onTimeline([call, next, arrest])).map((e) => e.key);
    expect(keys.indexOf('t-call')).toBe(keys.indexOf('t-arrest') + 1);
    const moved = onTimeline([call, next, { ...arrest, when: { ...arrest.when, day: 5 } }]);
    const entry = timelineEntries(moved).find((e) => e.key === 't-call');
    expect(entry?.when).toMatchObject({ year: 2026, month: 3, day: 5 });
    expect(entry?.relative).toBe('shortly-after');
    expect(checkTimeline(moved, '2026-12-31').filter((f) => f.code === 'ANCHOR_MISSING')).toEqual([]);
  });

  it('keeps its own date when the anchor is gone, and the checks say so with the field to fix', () => {
    const orphan = event('t-orphan', { when: { year: 2025, month: 5, day: 2 }, relative: { side: 'shortly-before', anchor: 't-removed' } });
    const c = onTimeline([orphan]);
    const entry = timelineEntries(c).find((e) => e.key === 't-orphan');
    expect(entry?.when).toMatchObject({ year: 2025, month: 5, day: 2 });
    expect(entry?.relative).toBeUndefined();
    const found = checkTimeline(c, '2026-12-31').filter((f) => f.code === 'ANCHOR_MISSING');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'timeline.0.relative.anchor', eventKey: 't-orphan' })]);
  });

  it('never stands for a recorded fact on the same day, and never anchors to another relative event', () => {
    const start = timelineEntries(lai).find((e) => e.source === 'derived' && e.derived.kind === 'detention-start');
    if (start === undefined) throw new Error('the fixture has a detention start');
    const when = { year: 2026, month: 3, day: 10 };
    const beside = event('t-beside', { when, category: 'detention', relative: { side: 'shortly-after', anchor: start.key } });
    const chained = event('t-chained', { when, relative: { side: 'shortly-after', anchor: 't-beside' } });
    const entries = timelineEntries(onTimeline([beside, chained]));
    expect(entries.some((e) => e.key === start.key)).toBe(true);
    const keys = entries.map((e) => e.key);
    expect(keys.indexOf('t-beside')).toBe(keys.indexOf(start.key) + 1);
    expect(entries.find((e) => e.key === 't-chained')?.relative).toBeUndefined();
  });
});

describe('the words "shortly after" and "shortly before"', () => {
  it('propose the date they name with the qualifier, in English and French', () => {
    expect(proposeDate('shortly after 3 March 2026')?.when).toMatchObject({ year: 2026, month: 3, day: 3, qualifier: 'after' });
    expect(proposeDate('peu après le 3 mars 2026')?.when).toMatchObject({ year: 2026, month: 3, day: 3, qualifier: 'after' });
    expect(proposeDate('just before 17 February 2026')?.when).toMatchObject({ year: 2026, month: 2, day: 17, qualifier: 'before' });
    expect(proposeDate('juste avant le 17 février 2026')?.when).toMatchObject({ year: 2026, month: 2, day: 17, qualifier: 'before' });
  });
});

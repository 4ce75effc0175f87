import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineEventSchema, type Case } from '../../src-main/core/model/case.ts';
import { buildTimeline } from '../../src-main/documents/builders/timeline.ts';
import { counsel, load } from '../unit/documents/builders/helpers.ts';
import { usePrintBench } from './helpers/print-bench.ts';

/**
 * The chronology with "after X" and "shortly after" events, printed to PDF in English and French
 * and read back with pdftotext: X is printed in words, and the relative event follows its anchor.
 */
const { store, dir, printPdf } = usePrintBench('dossier-chronology-dates-');

const lai = load('case1-lai');
const event = (id: string, input: Record<string, unknown>) =>
  timelineEventSchema.parse({ id, category: 'other', summary: `Summary of ${id}.`, ...input });

const c: Case = {
  ...lai,
  client: { ...lai.client, entries: [], statusHistory: [], dateOfBirth: undefined },
  detention: { ...lai.detention, episodes: [], hearings: [] },
  timeline: [
    event('t-after', { when: { year: 2026, month: 2, day: 17, qualifier: 'after' }, summary: 'Left the employer.' }),
    event('t-call', {
      when: { year: 2026, month: 3, day: 3 },
      summary: 'Called her sister.',
      relative: { side: 'shortly-after', anchor: 't-arrest' },
    }),
    event('t-arrest', { when: { year: 2026, month: 3, day: 3 }, summary: 'Arrested at work.', category: 'arrest' }),
  ],
};

async function readBack(lang: 'en' | 'fr'): Promise<string> {
  const doc = buildTimeline({ case: c, counsel, lang, today: '2026-03-17', templates: store.set(lang) });
  const pdf = path.join(dir, `chronology-${lang}.pdf`);
  writeFileSync(pdf, await printPdf(doc));
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

describe('the printed chronology, read back', () => {
  it('says "after X" with X in words and puts "shortly after" right after its anchor, in English', async () => {
    const text = await readBack('en');
    expect(text).toContain('after 17 February 2026');
    expect(text).toContain('shortly after 3 March 2026');
    expect(text.indexOf('Left the employer.')).toBeLessThan(text.indexOf('Arrested at work.'));
    expect(text.indexOf('Arrested at work.')).toBeLessThan(text.indexOf('Called her sister.'));
  }, 60_000);

  it('does so in French', async () => {
    const text = await readBack('fr');
    expect(text).toContain('après le 17 février 2026');
    expect(text).toContain('peu après le 3 mars 2026');
    expect(text.indexOf('Arrested at work.')).toBeLessThan(text.indexOf('Called her sister.'));
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { labelText, stampWords, type LabelStyle } from '../../../../src-main/packet/plan/labels.ts';
import { divisionName, PACKET_PRESETS } from '../../../../src-main/packet/plan/presets.ts';

const pageOf: LabelStyle = { kind: 'page-of' };
const short: LabelStyle = { kind: 'short' };
const bates: LabelStyle = { kind: 'bates', prefix: 'APP-', pad: 6 };

describe('stamped words in the language of the proceedings', () => {
  it('numbers pages in English and French', () => {
    expect(labelText(pageOf, 4, 29, 'en')).toBe('Page 4 of 29');
    expect(labelText(pageOf, 4, 29, 'fr')).toBe('Page 4 de 29');
    expect(labelText(short, 4, 29, 'en')).toBe('p. 4');
    expect(labelText(short, 4, 29, 'fr')).toBe('p. 4');
  });

  it('prints a Bates number the same in both languages', () => {
    expect(labelText(bates, 12, 99, 'en')).toBe('APP-000012');
    expect(labelText(bates, 12, 99, 'fr')).toBe('APP-000012');
  });

  it('names tabs and dividers', () => {
    expect(stampWords.en.tab('3')).toBe('Tab 3');
    expect(stampWords.fr.tab('3')).toBe('Onglet 3');
    expect(stampWords.en.divider('3a')).toBe('TAB 3a');
    expect(stampWords.fr.divider('3a')).toBe('ONGLET 3a');
  });

  it('only uses characters a standard PDF font draws', () => {
    for (const lang of ['en', 'fr'] as const) {
      const words = stampWords[lang];
      for (const text of [words.pageOf(1, 2), words.pageShort(1), words.tab('1'), words.divider('1')])
        expect(text).toMatch(/^[\x20-\x7E\u00A0-\u00FF]+$/u);
    }
  });

  it('names the packet and its division in the language of the proceedings', () => {
    expect(PACKET_PRESETS['detention-release-plan'].documentType.fr).toBe('Plan de mise en liberté');
    expect(PACKET_PRESETS['detention-release-plan'].documentType.en).toBe('Release plan');
    expect(divisionName('IRB-ID', 'fr')).toBe('SI');
    expect(divisionName('IRB-ID', 'en')).toBe('ID');
    expect(divisionName('ELSEWHERE', 'fr')).toBe('ELSEWHERE');
  });
});

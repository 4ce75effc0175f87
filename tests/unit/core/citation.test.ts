import { describe, expect, it } from 'vitest';
import { citationIn, type Citation } from '../../../src-main/core/rules/citation.ts';
import { defaultBondRules } from '../../../src-main/core/rules/bond-rules-data.ts';
import { defaultHcBarRules } from '../../../src-main/core/rules/hc-bars-data.ts';

const c = (instrument: Citation['instrument'], pinpoint: string): Citation => ({ instrument, pinpoint });

describe('citations in the language of the screen or the document', () => {
  it('keeps the rule data as written in English, explanation included', () => {
    expect(citationIn(c('IRPA', 's.25(1.2)(c); months counted under IA s.28'), 'en')).toBe(
      'IRPA s.25(1.2)(c); months counted under IA s.28',
    );
  });

  it('writes sections, subsections, paragraphs and rules as French cites them, and drops the English explanation', () => {
    expect(citationIn(c('IRPA', 's.25(1.2)(c); months counted under IA s.28'), 'fr')).toBe('LIPR, al. 25(1.2)c)');
    expect(citationIn(c('IRPA', 's.57(1)'), 'fr')).toBe('LIPR, par. 57(1)');
    expect(citationIn(c('IRPR', 's.233'), 'fr')).toBe('RIPR, art. 233');
    expect(citationIn(c('IRPR', 's.47(2)(a)'), 'fr')).toBe('RIPR, al. 47(2)a)');
    expect(citationIn(c('IDR', 'r.25(3)'), 'fr')).toBe('Règles de la SI, par. 25(3)');
    expect(citationIn(c('IDR', 'r.9'), 'fr')).toBe('Règles de la SI, règle 9');
    expect(citationIn(c('IRPA', 's.101(1)(b.1)'), 'fr')).toBe('LIPR, al. 101(1)b.1)');
  });

  it('keeps a pinpoint that names no provision as written, under the French name of its source', () => {
    expect(citationIn(c('IRCC-GUIDE', 'Guide 5291'), 'fr')).toBe('IRCC, Guide 5291');
  });

  it('gives every shipped bond and H&C bar rule a French citation that names no English instrument', () => {
    for (const rule of [...defaultBondRules.rules, ...defaultHcBarRules.rules]) {
      const fr = citationIn(rule.citation, 'fr');
      expect(fr, rule.id).not.toMatch(/^(IRPA|IRPR|IDR|IA) /u);
    }
  });
});

describe('English names of instruments', () => {
  it('names the Rules and IRCC as readers know them', () => {
    expect(citationIn(c('IDR', 'r.25(3)'), 'en')).toBe('ID Rules r.25(3)');
    expect(citationIn(c('RPDR', 'r.32(3)'), 'en')).toBe('RPD Rules r.32(3)');
    expect(citationIn(c('IRCC-GUIDE', 'Guide 5291'), 'en')).toBe('IRCC Guide 5291');
  });
});

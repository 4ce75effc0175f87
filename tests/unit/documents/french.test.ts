import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { elide, elideBefore, frenchPunctuation, NBSP, startsWithVowelSound } from '../../../src-main/documents/french.ts';

describe('elision', () => {
  it('elides before a vowel', () => {
    expect(elide('de', 'Ahmed')).toBe("d'Ahmed");
    expect(elide('la', 'adresse')).toBe("l'adresse");
    expect(elide('que', 'il')).toBe("qu'il");
    expect(elide('De', 'Élise')).toBe("D'Élise");
  });

  it('elides before a mute h, not an aspirated one', () => {
    expect(elide('de', 'Hassan')).toBe("d'Hassan");
    expect(elide('le', 'hôpital')).toBe("l'hôpital");
    expect(elide('le', 'haut')).toBe('le haut');
    expect(elide('de', 'Hollande')).toBe('de Hollande');
  });

  it('does not elide before a consonant, a digit or a Chinese name', () => {
    expect(elide('de', 'Marie')).toBe('de Marie');
    expect(elide('le', '4 décembre')).toBe('le 4 décembre');
    expect(elide('de', '陳大文')).toBe('de 陳大文');
    expect(startsWithVowelSound('CHAN Tai-man')).toBe(false);
  });

  it('elides only the last word of template text before a value', () => {
    expect(elideBefore('Au nom de ', 'Ahmed')).toBe("Au nom d'");
    expect(elideBefore('domicile de ', 'Marie')).toBe('domicile de ');
    expect(elideBefore('Inde ', 'Ahmed')).toBe('Inde ');
    expect(elideBefore('de', 'Ahmed')).toBe('de');
  });
});

describe('French punctuation', () => {
  it('puts a no-break space before high punctuation and inside guillemets', () => {
    expect(frenchPunctuation('Objet: dossier; suite? oui!')).toBe(`Objet${NBSP}: dossier${NBSP}; suite${NBSP}? oui${NBSP}!`);
    expect(frenchPunctuation('Objet : x')).toBe(`Objet${NBSP}: x`);
    expect(frenchPunctuation('«oui»')).toBe(`«${NBSP}oui${NBSP}»`);
    expect(frenchPunctuation('« oui »')).toBe(`«${NBSP}oui${NBSP}»`);
  });

  it('leaves times, addresses and marks inside a word alone', () => {
    expect(frenchPunctuation('à 10:30, voir https://irb.gc.ca')).toBe('à 10:30, voir https://irb.gc.ca');
  });

  it('spaces a mark that opens a fragment following a value', () => {
    expect(frenchPunctuation(': suite', true)).toBe(`${NBSP}: suite`);
    expect(frenchPunctuation(': suite')).toBe(': suite');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z «»;:?! \u00A0\u202F0-9]{0,40}$/u), fc.boolean(), (text, fragment) => {
        const once = frenchPunctuation(text, fragment);
        expect(frenchPunctuation(once, fragment)).toBe(once);
      }),
    );
  });
});

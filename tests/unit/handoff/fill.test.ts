import { describe, expect, it } from 'vitest';
import { fill } from '../../../src-main/handoff/request.ts';

const fr = 'Je déclare avoir traduit le présent document du {from} vers le {into}, et je maîtrise le {from} et le {into}.';

describe('accuracy statements name the languages', () => {
  it('elides French articles before a vowel', () => {
    expect(fill(fr, 'arabe', 'anglais')).toBe(
      "Je déclare avoir traduit le présent document de l'arabe vers l'anglais, et je maîtrise l'arabe et l'anglais.",
    );
  });

  it('keeps them before a consonant or an aspirated h, and leaves English alone', () => {
    expect(fill(fr, 'persan', 'français')).toBe(
      'Je déclare avoir traduit le présent document du persan vers le français, et je maîtrise le persan et le français.',
    );
    expect(fill('du {from}', 'hongrois', '')).toBe('du hongrois');
    expect(fill('I translated this document from {from} into {into}.', 'Arabic', 'English')).toBe(
      'I translated this document from Arabic into English.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { guessScriptCode, scriptAfterEdit } from '../../../../src-main/core/lang/guess-script.ts';

describe('guessScriptCode', () => {
  it('names the script of a name typed in one script', () => {
    expect(guessScriptCode('สมศรี')).toBe('Thai');
    expect(guessScriptCode('김지은')).toBe('Hang');
    expect(guessScriptCode('مریم')).toBe('Arab');
    expect(guessScriptCode('Мария')).toBe('Cyrl');
    expect(guessScriptCode('ሰላም')).toBe('Ethi');
  });

  it('tells Traditional from Simplified Chinese by the characters that differ', () => {
    expect(guessScriptCode('黎詠詩')).toBe('Hant');
    expect(guessScriptCode('陳國偉')).toBe('Hant');
    expect(guessScriptCode('陈国伟')).toBe('Hans');
    expect(guessScriptCode('李明')).toBeUndefined();
  });

  it('names Japanese and Korean mixed writing, and nothing for Latin or mixed scripts', () => {
    expect(guessScriptCode('山田はなこ')).toBe('Jpan');
    expect(guessScriptCode('金지은')).toBe('Kore');
    expect(guessScriptCode('Maria')).toBeUndefined();
    expect(guessScriptCode('สมศรี Мария')).toBeUndefined();
    expect(guessScriptCode('')).toBeUndefined();
  });
});

describe('scriptAfterEdit', () => {
  it('proposes the script while none is chosen, and follows the name while it is still the guess', () => {
    expect(scriptAfterEdit('', '', '黎')).toBe('');
    expect(scriptAfterEdit('', '黎', '黎詠詩')).toBe('Hant');
    expect(scriptAfterEdit('Hant', '黎詠詩', 'สมศรี')).toBe('Thai');
  });

  it('never overwrites a script the user chose', () => {
    expect(scriptAfterEdit('Hans', '黎詠詩', '黎詠詩x')).toBe('Hans');
    expect(scriptAfterEdit('Latn', '', 'สมศรี')).toBe('Latn');
  });
});

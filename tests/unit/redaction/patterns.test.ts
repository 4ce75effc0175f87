import { describe, expect, it } from 'vitest';
import { matchPattern } from '../../../src-main/redaction/patterns.ts';

const texts = (text: string, name: 'phone' | 'email') => matchPattern(text, name).map((m) => m.text);

describe('redaction patterns', () => {
  it('finds North American telephone numbers in their usual spellings', () => {
    expect(texts('Call 514-555-0199 or (438) 555-0100, 1 800 555 0123, +1.613.555.0144 x 12.', 'phone')).toEqual([
      '514-555-0199',
      '(438) 555-0100',
      '1 800 555 0123',
      '+1.613.555.0144 x 12',
    ]);
    expect(texts('Tél. : 514 555-0199 poste 3', 'phone')).toEqual(['514 555-0199 poste 3']);
  });

  it('finds international numbers written with a plus', () => {
    expect(texts('Paris +33 1 23 45 67 89, Lagos +234 803 123 4567.', 'phone')).toEqual(['+33 1 23 45 67 89', '+234 803 123 4567']);
  });

  it('leaves dates, file numbers and amounts alone', () => {
    expect(texts('Born 1990-05-12; file 5123-4567; UCI 1234-5678; paid $1,250.00 on 2024-01-03; IMM 5257', 'phone')).toEqual([]);
    expect(texts('Client ID A12345678901', 'phone')).toEqual([]);
  });

  it('finds e-mail addresses, accented ones included, and gives their offsets', () => {
    const text = 'Write to j.roe+cbsa@example.gc.ca or à élise@courriel.qc.ca.';
    expect(texts(text, 'email')).toEqual(['j.roe+cbsa@example.gc.ca', 'élise@courriel.qc.ca']);
    const [first] = matchPattern(text, 'email');
    expect(text.slice(first!.start, first!.end)).toBe('j.roe+cbsa@example.gc.ca');
  });

  it('does not take an at sign without a domain for an address', () => {
    expect(texts('meet @ 10h, user@localhost, a@b.c', 'email')).toEqual([]);
  });
});

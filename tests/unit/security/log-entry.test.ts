import { describe, expect, it } from 'vitest';
import { formatLogEntry } from '../../../src-main/security/log-entry.ts';
import { createRedactor } from '../../../src-main/security/redact.ts';

const redactor = createRedactor([{ path: '/home/ana', label: '~' }]);
const time = new Date(Date.UTC(2026, 10, 23, 12, 0, 0));
const parse = (line: string): unknown => JSON.parse(line);

describe('formatLogEntry', () => {
  it('writes one JSON line with time, level, event and fields', () => {
    const line = formatLogEntry('info', 'vault.unlocked', { recovered: 0, keychain: true }, redactor, time);
    expect(line.endsWith('\n')).toBe(true);
    expect(parse(line)).toEqual({ time: '2026-11-23T12:00:00.000Z', level: 'info', event: 'vault.unlocked', recovered: 0, keychain: true });
  });

  it('redacts paths and caps long strings', () => {
    const entry = parse(formatLogEntry('error', 'io.failed', { where: '/home/ana/case', text: 'x'.repeat(500) }, redactor, time)) as Record<
      string,
      string
    >;
    expect(entry['where']).toBe('~/case');
    expect(entry['text']).toHaveLength(120);
  });

  it('drops fields with odd names and refuses to overwrite the fixed keys', () => {
    const entry = parse(
      formatLogEntry('info', 'x', { 'Maria Lopez': 'client', event: 'spoofed', level: 'error', ok: 1, bad: Number.NaN }, redactor, time),
    );
    expect(entry).toEqual({ time: '2026-11-23T12:00:00.000Z', level: 'info', event: 'x', ok: 1 });
  });

  it('replaces an event name that is not an identifier', () => {
    expect(parse(formatLogEntry('info', 'Opened /home/ana/Maria.pdf', {}, redactor, time))).toMatchObject({ event: 'invalid-event-name' });
  });
});

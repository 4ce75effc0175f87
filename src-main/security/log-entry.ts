import type { Redactor } from './redact.ts';

/**
 * One log line: an event name and a few non-identifying fields, as JSON. Event and field names
 * must look like identifiers, strings are redacted and capped, so a mistaken call cannot spill a
 * statement or a file path into the log.
 */
export type LogLevel = 'info' | 'error';
export type LogFieldValue = string | number | boolean;

const NAME = /^[a-z][a-z0-9._-]{0,63}$/i;
const MAX_STRING = 120;

export function formatLogEntry(
  level: LogLevel,
  event: string,
  fields: Readonly<Record<string, LogFieldValue>>,
  redactor: Redactor,
  time: Date,
): string {
  const safeFields: Record<string, LogFieldValue> = {};
  for (const [key, value] of Object.entries(redactor.fields(fields))) {
    if (!NAME.test(key) || key === 'time' || key === 'level' || key === 'event') continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    safeFields[key] = typeof value === 'string' ? value.slice(0, MAX_STRING) : value;
  }
  const entry = { time: time.toISOString(), level, event: NAME.test(event) ? event : 'invalid-event-name', ...safeFields };
  return `${JSON.stringify(entry)}\n`;
}

import { createWriteStream, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatLogEntry, type LogLevel } from '../security/log-entry.ts';
import type { Redactor } from '../security/redact.ts';
import type { Logger } from '../services/index.ts';

/**
 * The app log in userData/logs: event names and non-identifying fields only (see
 * security/log-entry.ts), owner-only permissions, one rotation so it never grows without bound.
 * Nothing goes to stdout, which other processes or crash collectors may capture.
 */
const MAX_BYTES = 1024 * 1024;

export interface FileLogger extends Logger {
  close(): void;
}

function rotateIfLarge(file: string): void {
  try {
    if (statSync(file).size > MAX_BYTES) renameSync(file, `${file}.1`);
  } catch {
    // No log yet: nothing to rotate.
  }
}

export function createFileLogger(dir: string, redactor: Redactor, now: () => Date = () => new Date()): FileLogger {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, 'main.log');
  rotateIfLarge(file);
  const stream = createWriteStream(file, { flags: 'a', mode: 0o600 });
  // A full disk or a removed folder must not take the app down: logging is best effort.
  stream.on('error', () => undefined);
  const write = (level: LogLevel, event: string, fields: Record<string, string | number | boolean> = {}) => {
    stream.write(formatLogEntry(level, event, fields, redactor, now()));
  };
  return {
    info: (event, fields) => write('info', event, fields),
    error: (event, fields) => write('error', event, fields),
    close: () => stream.end(),
  };
}

import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { settingsDefaults } from '../../../src-main/core/settings-defaults.ts';
import { createConfSettings } from '../../../src-main/services/settings-conf.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-settings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('settings kept by conf (CLI and tests)', () => {
  it('reads the defaults of a folder that does not exist without creating it', () => {
    const dir = path.join(work, 'mistyped', 'vault');
    expect(createConfSettings(dir).get()).toMatchObject(settingsDefaults);
    expect(existsSync(path.join(work, 'mistyped'))).toBe(false);
  });

  it('writes settings.json readable by its owner only, and reads back what was set', () => {
    const dir = path.join(work, 'vault');
    const settings = createConfSettings(dir);
    expect(settings.set({ documentLanguage: 'fr' }).documentLanguage).toBe('fr');
    expect(statSync(path.join(dir, 'settings.json')).mode & 0o777).toBe(0o600);
    expect(createConfSettings(dir).get().documentLanguage).toBe('fr');
  });
});

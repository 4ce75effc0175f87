import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectron } from '../../../scripts/electron-binary.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const version = '45.4.1';
let dir: string;

/** A project folder holding only what the lookup reads from the `electron` package. */
function fakeRoot(checksums: Record<string, string> = {}): string {
  const root = path.join(dir, 'project');
  mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version }));
  writeFileSync(path.join(root, 'node_modules', 'electron', 'checksums.json'), JSON.stringify(checksums));
  return root;
}

/** A stub "Electron" that records its arguments and exits with 7. */
function stubDist(at: string): string {
  mkdirSync(at, { recursive: true });
  const exe = path.join(at, 'electron');
  writeFileSync(exe, `#!/bin/sh\nprintf '%s\\n' "$@" > "${path.join(dir, 'args.txt')}"\nexit 7\n`);
  chmodSync(exe, 0o755);
  return exe;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-start-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start finds Electron without downloading it', () => {
  it('runs the executable of ELECTRON_OVERRIDE_DIST_PATH with the app folder, passing on its exit code', () => {
    const exe = stubDist(path.join(dir, 'electron-dist'));
    const run = spawnSync(process.execPath, [path.join(repo, 'scripts', 'start-electron.ts')], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.dirname(exe) },
      encoding: 'utf8',
    });
    expect(run.status).toBe(7);
    expect(readFileSync(path.join(dir, 'args.txt'), 'utf8').trim().split('\n')).toEqual([repo]);
  });

  it('names the override folder and what it must hold when the executable is not there', () => {
    const found = findElectron({
      root: fakeRoot(),
      env: { ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'nowhere') },
      platform: 'linux',
      arch: 'x64',
    });
    expect('missing' in found && found.missing).toContain(`${path.join(dir, 'nowhere', 'electron')} does not exist`);
  });

  it('says what to do, instead of trying a download, when Electron is nowhere', () => {
    const found = findElectron({
      root: fakeRoot(),
      env: { electron_config_cache: path.join(dir, 'cache') },
      platform: 'linux',
      arch: 'x64',
    });
    expect('missing' in found && found.missing).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect('missing' in found && found.missing).toContain(`electron-v${version}-linux-x64.zip in ${path.join(dir, 'cache')}`);
    expect('missing' in found && found.missing).toContain('npm run demo');
  });

  it('unpacks a release zip seeded in the cache once its checksum matches, as the package install would', () => {
    stubDist(path.join(dir, 'zip-src'));
    const zipName = `electron-v${version}-linux-x64.zip`;
    const cache = path.join(dir, 'cache', 'a1b2c3');
    mkdirSync(cache, { recursive: true });
    const zip = path.join(cache, zipName);
    expect(spawnSync('zip', ['-q', '-j', zip, path.join(dir, 'zip-src', 'electron')]).status).toBe(0);
    const sum = createHash('sha256').update(readFileSync(zip)).digest('hex');
    const root = fakeRoot({ [zipName]: sum });
    const found = findElectron({ root, env: { electron_config_cache: path.join(dir, 'cache') }, platform: 'linux', arch: 'x64' });
    expect(found).toEqual({ executable: path.join(root, 'node_modules', 'electron', 'dist', 'electron'), from: zip });
    expect(readFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe('electron');
    expect(spawnSync(path.join(root, 'node_modules', 'electron', 'dist', 'electron')).status).toBe(7);
    // Found as installed from now on, without the zip.
    rmSync(zip);
    expect(findElectron({ root, env: {}, platform: 'linux', arch: 'x64' })).toMatchObject({ from: 'node_modules/electron/dist' });
  });

  it('refuses a zip whose checksum is not the release one', () => {
    const zip = path.join(dir, `electron-v${version}-linux-x64.zip`);
    writeFileSync(zip, 'not electron');
    const root = fakeRoot({ [path.basename(zip)]: '0'.repeat(64) });
    const found = findElectron({ root, env: { DOSSIER_ELECTRON_ZIP: zip }, platform: 'linux', arch: 'x64' });
    expect('missing' in found && found.missing).toContain('does not match the checksum');
  });
});

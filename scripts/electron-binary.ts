/**
 * Where the Electron executable of the pinned version is, without ever downloading it.
 *
 * The `electron` package fetches its binary on first use, which fails on machines that cannot
 * reach Electron's release downloads, with a message that does not say what to do. This finds
 * the binary in the three places it can be put by hand, in this order:
 *   1. `ELECTRON_OVERRIDE_DIST_PATH`: an unpacked Electron of the pinned version (the variable
 *      the `electron` package itself honours);
 *   2. node_modules/electron/dist, as the package's own install leaves it;
 *   3. a release zip (`electron-v<version>-<platform>-<arch>.zip`) named by `DOSSIER_ELECTRON_ZIP`
 *      or seeded anywhere in Electron's download cache: checked against the checksum the package
 *      ships, then unpacked into node_modules/electron/dist as the package's install would.
 * Used by `npm start` (scripts/start-electron.ts) and the Electron-only tests.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export type ElectronLookup = { readonly executable: string; readonly from: string } | { readonly missing: string };

export interface LookupEnv {
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly arch: string;
}

/** The executable inside an unpacked Electron, as the package's install.js names it. */
export function executableIn(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function electronVersion(root: string): string {
  const pkg: unknown = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;
  if (typeof version !== 'string') throw new Error('node_modules/electron/package.json has no version: run `npm ci` first.');
  return version;
}

/** Electron's download cache, as its downloader places it (env-paths' cache folder for "electron"). */
export function electronCacheRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const set = env['electron_config_cache'];
  if (set) return set;
  const home = homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32') return path.join(env['LOCALAPPDATA'] ?? path.join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return path.join(env['XDG_CACHE_HOME'] ?? path.join(home, '.cache'), 'electron');
}

function findZip(dir: string, name: string, depth: number): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory() && depth > 0) {
      const found = findZip(full, name, depth - 1);
      if (found) return found;
    }
  }
  return undefined;
}

function unpack(zip: string, into: string, platform: NodeJS.Platform): string | undefined {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  // The system's unzip (or bsdtar on Windows) keeps the executable bits and macOS's symlinks.
  const run =
    platform === 'win32'
      ? spawnSync('tar', ['-xf', zip, '-C', into], { stdio: 'inherit' })
      : spawnSync('unzip', ['-q', zip, '-d', into], { stdio: 'inherit' });
  if (run.status === 0) return undefined;
  rmSync(into, { recursive: true, force: true });
  return run.error
    ? `${zip} could not be unpacked: ${run.error.message}.`
    : `${zip} could not be unpacked (exit ${run.status ?? 'signal'}).`;
}

function fromZip(zip: string, { root, platform }: LookupEnv, version: string): ElectronLookup {
  const name = path.basename(zip);
  const checksums: unknown = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'checksums.json'), 'utf8'));
  const expected = typeof checksums === 'object' && checksums !== null ? (checksums as Record<string, unknown>)[name] : undefined;
  if (typeof expected !== 'string')
    return { missing: `${zip} is not a release of Electron ${version} for this machine (no checksum for ${name}).` };
  const actual = createHash('sha256').update(readFileSync(zip)).digest('hex');
  if (actual !== expected) return { missing: `${zip} does not match the checksum of Electron ${version}'s ${name}: download it again.` };
  const packageDir = path.join(root, 'node_modules', 'electron');
  const failed = unpack(zip, path.join(packageDir, 'dist'), platform);
  if (failed) return { missing: failed };
  writeFileSync(path.join(packageDir, 'dist', 'version'), version);
  writeFileSync(path.join(packageDir, 'path.txt'), executableIn(platform));
  return { executable: path.join(packageDir, 'dist', executableIn(platform)), from: zip };
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

export function findElectron(lookup: LookupEnv): ElectronLookup {
  const { root, env, platform, arch } = lookup;
  const version = electronVersion(root);
  const exe = executableIn(platform);
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const executable = path.join(override, exe);
    if (isFile(executable)) return { executable, from: 'ELECTRON_OVERRIDE_DIST_PATH' };
    return {
      missing: `ELECTRON_OVERRIDE_DIST_PATH is ${override}, but ${executable} does not exist: point it at an unpacked Electron ${version} for ${platform}-${arch}.`,
    };
  }
  const dist = path.join(root, 'node_modules', 'electron', 'dist');
  const installed = path.join(dist, exe);
  const distVersion = path.join(dist, 'version');
  if (isFile(installed) && existsSync(distVersion) && readFileSync(distVersion, 'utf8').trim().replace(/^v/, '') === version)
    return { executable: installed, from: 'node_modules/electron/dist' };
  const zipName = `electron-v${version}-${platform}-${arch}.zip`;
  const named = env['DOSSIER_ELECTRON_ZIP'];
  if (named) return isFile(named) ? fromZip(named, lookup, version) : { missing: `DOSSIER_ELECTRON_ZIP is ${named}, which is not a file.` };
  const cacheRoot = electronCacheRoot(env, platform);
  const seeded = findZip(cacheRoot, zipName, 2);
  if (seeded) return fromZip(seeded, lookup, version);
  return {
    missing: [
      `The Electron ${version} binary is not on this machine, and Dossier never downloads it while running.`,
      `Either set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${version} for ${platform}-${arch} (the folder that holds ${exe}),`,
      `or put ${zipName} in ${cacheRoot} (or name it with DOSSIER_ELECTRON_ZIP) and run npm start again.`,
      'Without Electron, `npm run demo` and `node bin/dossier.js` still work.',
    ].join('\n'),
  };
}

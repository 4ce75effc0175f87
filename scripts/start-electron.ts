/**
 * `npm start` after the build: finds the pinned Electron without downloading it
 * (scripts/electron-binary.ts) and runs the app, passing on its exit code. Where Electron cannot
 * be found, it says what to do instead of Electron's own "failed to install correctly".
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectron } from './electron-binary.ts';

const root = path.resolve(import.meta.dirname, '..');
const found = findElectron({ root, env: process.env, platform: process.platform, arch: process.arch });
if ('missing' in found) {
  process.stderr.write(`${found.missing}\n`);
  process.exit(1);
}
const child = spawn(found.executable, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  process.stderr.write(`${found.executable} could not be started: ${error.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

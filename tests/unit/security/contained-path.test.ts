import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInsideRoot, resolveContainedFile } from '../../../src-main/security/contained-path.ts';

describe('isInsideRoot', () => {
  it.each([
    ['/app/renderer', '/app/renderer/index.html', true],
    ['/app/renderer/', '/app/renderer/assets/a.js', true],
    ['/app/renderer', '/app/renderer', false],
    ['/app/renderer', '/app/renderer-evil/index.html', false],
    ['/app/renderer', '/app/renderer/../secret', false],
    ['/app/renderer', '/etc/passwd', false],
  ])('posix: %s contains %s -> %s', (root, target, expected) => {
    expect(isInsideRoot(root, target, 'linux')).toBe(expected);
  });

  it.each([
    ['C:\\Program Files\\Dossier\\renderer', 'c:\\program files\\dossier\\RENDERER\\index.html', true],
    ['C:\\Dossier\\renderer', 'C:\\Dossier\\renderer-evil\\index.html', false],
    ['C:\\Dossier\\renderer', 'C:\\Dossier\\renderer\\..\\secret.txt', false],
    ['C:\\Dossier\\renderer', '\\\\server\\share\\index.html', false],
    ['C:\\Dossier\\renderer', '\\\\?\\UNC\\server\\share\\index.html', false],
    ['C:\\Dossier\\renderer', 'D:\\Dossier\\renderer\\index.html', false],
  ])('win32: %s contains %s -> %s', (root, target, expected) => {
    expect(isInsideRoot(root, target, 'win32')).toBe(expected);
  });
});

describe('resolveContainedFile (real folders)', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'dossier-contained-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html>');
    await writeFile(path.join(base, 'secret.txt'), 'outside');
    await symlink(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
    await symlink(base, path.join(root, 'escape-dir'));
    await symlink(path.join(root, 'index.html'), path.join(root, 'alias.html'));
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('resolves a file inside the root', async () => {
    const result = await resolveContainedFile(root, ['index.html']);
    expect(result).toMatchObject({ ok: true });
  });

  it('follows a symlink that stays inside the root', async () => {
    expect(await resolveContainedFile(root, ['alias.html'])).toMatchObject({ ok: true });
  });

  it('refuses a symlinked file that escapes the root', async () => {
    expect(await resolveContainedFile(root, ['escape.txt'])).toEqual({ ok: false, reason: 'outside-root' });
  });

  it('refuses a file reached through a symlinked folder that escapes the root', async () => {
    expect(await resolveContainedFile(root, ['escape-dir', 'secret.txt'])).toEqual({ ok: false, reason: 'outside-root' });
  });

  it('refuses segments that would climb out even before touching the disk', async () => {
    expect(await resolveContainedFile(root, ['..', 'secret.txt'])).toEqual({ ok: false, reason: 'outside-root' });
  });

  it('reports a missing file and a folder', async () => {
    expect(await resolveContainedFile(root, ['nope.js'])).toEqual({ ok: false, reason: 'missing' });
    expect(await resolveContainedFile(root, ['assets'])).toEqual({ ok: false, reason: 'not-a-file' });
  });
});

import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The architecture's boundaries are lint rules; this proves each one fires, with its message,
 * on a probe file placed (virtually) in the folder it guards.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function messagesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('lint boundaries', () => {
  // The first lint starts the type-aware parser for the whole project, which takes seconds on a busy machine; each probe after it is quick.
  beforeAll(() => messagesFor('src-main/core/warm-up.js', 'export const x = 1;\n'), 60_000);

  it.each([
    [
      'src-main/core/probe.js',
      "import { readFile } from 'node:fs/promises';\nexport { readFile };\n",
      'core/, documents/ and packet/plan/ are pure',
    ],
    ['src-main/documents/probe.js', "import React from 'react';\nexport { React };\n", 'core/, documents/ and packet/plan/ are pure'],
    [
      'src-main/core/probe.js',
      "import { createVault } from '../vault/vault.ts';\nexport { createVault };\n",
      'core/, documents/ and packet/plan/ are pure',
    ],
    ['src-main/vault/probe.js', "import { app } from 'electron';\nexport { app };\n", 'Only app/, security/, ipc/register.ts, preload/'],
    ['src-main/services/probe.js', "import https from 'node:https';\nexport { https };\n", 'Dossier never uses the network'],
    ['src-main/app/probe.js', "import net from 'node:net';\nexport { net };\n", 'Dossier never uses the network'],
    ['src-main/cli/probe.js', "import axios from 'axios';\nexport { axios };\n", 'HTTP clients are banned'],
    [
      'src-renderer/features/probe.js',
      "import { createVault } from '../../src-main/vault/vault.ts';\nexport { createVault };\n",
      'The renderer may import from src-main only',
    ],
    [
      'src-renderer/features/probe.js',
      "import { contract } from '../../src-main/ipc/contract.ts';\nexport { contract };\n",
      'The renderer may import from src-main only',
    ],
    ['src-renderer/features/probe.js', "import fs from 'node:fs';\nexport { fs };\n", 'The renderer runs sandboxed'],
    ['src-renderer/features/probe.js', 'export const api = window.dossier;\n', 'only src-renderer/api touches window.dossier'],
    [
      'src-main/packet/assemble/probe.js',
      "import { loadSignatureImages } from '../../services/signature-images.ts';\nexport { loadSignatureImages };\n",
      'packet/ is the pure packet pipeline',
    ],
    [
      'src-main/packet/probe.js',
      "import type { VaultApi } from '../vault/types.ts';\nexport type Vault = VaultApi;\n",
      'packet/ is the pure packet pipeline',
    ],
    [
      'src-main/packet/contents/probe.js',
      "import { writeFile } from 'node:fs/promises';\nexport { writeFile };\n",
      'packet/ is the pure packet pipeline',
    ],
    ['src-main/packet/plan/probe.js', "import { createHash } from 'node:crypto';\nexport { createHash };\n", 'packet/plan/ are pure'],
    ['src-main/core/probe.js', "export const d = new Date('2026-03-10');\n", 'Never new Date(string)'],
    ['src-main/services/probe.js', "export const d = Date.parse('2026-03-10');\n", 'Never Date.parse'],
  ])('%s: %s is refused', async (file, code, message) => {
    const messages = await messagesFor(file, code);
    expect(
      messages.some((m) => m.includes(message)),
      messages.join(' | '),
    ).toBe(true);
  });

  it.each([
    ['src-renderer/features/probe.js', "import { foldForSearch } from '../../src-main/core/names.ts';\nexport { foldForSearch };\n"],
    ['src-renderer/api/probe.js', 'export const api = window.dossier;\n'],
    [
      'src-renderer/features/probe.js',
      "import type { DossierApi } from '../../src-main/ipc/contract.ts';\nexport type Api = DossierApi;\n",
    ],
    ['src-main/app/probe.js', "import { app } from 'electron';\nexport { app };\n"],
    ['src-main/vault/probe.js', "import { readFile } from 'node:fs/promises';\nexport { readFile };\n"],
    ['src-main/packet/assemble/probe.js', "import { PDFDocument } from '@cantoo/pdf-lib';\nexport { PDFDocument };\n"],
    ['src-main/services/probe.js', "import { buildPacket } from '../packet/build.ts';\nexport { buildPacket };\n"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await messagesFor(file, code)).toEqual([]);
  });
});

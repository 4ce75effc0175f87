import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../src-main/core/model/case.ts';
import { openEnvelope } from '../../../src-main/handoff/envelope.ts';
import { readZip } from '../../../src-main/handoff/zip-read.ts';
import type { Channel, Output, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const pass = 'shared by phone 4417';
let dir: string;
let services: Services;

async function ok<C extends Channel>(channel: C, input?: unknown): Promise<Output<C>> {
  const result = (await invokeChannel(services.handlers, channel, input, {})) as Result<Output<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** Every string in the case, with where it is. */
function leaves(value: unknown, at: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${at}.${i}`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${at}.${k}`, out);
  return out;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-handoff-privacy-'));
  services = createNodeServices({ dataDir: path.join(dir, 'vault'), settings: createMemorySettings(), scrypt: { N: 2 ** 10, r: 8, p: 1 } });
  await ok('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('a translation request carries only what the interpreter needs', () => {
  it.each([
    ['case1-lai.json', 'st-client-1'],
    ['case3-persian.json', 'st-rezaei-1'],
  ])(
    '%s: no client field outside the statement and the translator’s own entry appears in the decrypted bundle',
    async (file, statementId) => {
      const input = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', file), 'utf8')) as { case: Case };
      const c = input.case;
      // Canaries in places a careless export would copy.
      const canaries = ['CANARY-SAFETY-7731', 'CANARY-NOTES-5120', 'CANARY-ALIAS-9902'];
      const withCanaries = {
        ...input,
        case: {
          ...c,
          notes: canaries[1],
          client: { ...c.client, safetyNotes: canaries[0], aliases: [...c.client.aliases, canaries[2]] },
        },
      };
      await ok('caseImport', { file: withCanaries });
      const exported = await ok('handoffExport', { caseId: c.id, itemId: statementId, passphrase: pass });
      const zip = await openEnvelope(new Uint8Array(Buffer.from(exported.base64 ?? '', 'base64')), pass);
      const decoded = readZip(zip)
        .map((e) => new TextDecoder().decode(e.data))
        .join('\n');
      for (const canary of canaries) expect(decoded).not.toContain(canary);
      expect(decoded).not.toContain(c.id);

      const statement = c.statements.find((s) => s.id === statementId);
      const translator = c.people.find((p) => p.id === statement?.translations[0]?.translatorId);
      const allowed = [
        statement?.id,
        statement?.title,
        statement?.lang,
        statement?.dialect,
        statement?.translations[0]?.destination,
        statement?.translations[0]?.certification,
        ...(statement?.paragraphs ?? []),
        translator?.familyName,
        translator?.givenNames,
        translator?.translator?.association?.name,
        translator?.translator?.association?.memberNo,
        translator?.translator?.association?.stampText,
      ]
        .filter((s): s is string => s !== undefined)
        .join('\n');
      // Role words ("translator", "family") name fields of the format itself; they are vocabulary, not client data.
      const leaked = leaves(c, 'case', [])
        .filter(([at]) => !/\.roles\.\d+$/u.test(at))
        .filter(([, value]) => value.length >= 4 && decoded.includes(JSON.stringify(value).slice(1, -1)))
        .filter(([, value]) => !allowed.includes(value));
      expect(leaked).toEqual([]);
      // The statement's own text is there, so the test would notice an empty bundle.
      for (const paragraph of statement?.paragraphs ?? []) expect(decoded).toContain(JSON.stringify(paragraph).slice(1, -1));
    },
  );
});

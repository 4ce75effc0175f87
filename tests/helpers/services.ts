import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Exhibit } from '../../src-main/core/model/case.ts';
import type { CounselProfile } from '../../src-main/documents/builders/counsel-profile.ts';
import type { Channel } from '../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../src-main/ipc/invoke.ts';
import type { Services } from '../../src-main/services/index.ts';
import type { OpenPrinter } from '../../src-main/render/pdf/open-printer.ts';
import type { OpenPacketRenderers } from '../../src-main/services/packet-build.ts';
import { createNodeServices } from '../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../src-main/services/settings-conf.ts';

export { counsel, counselWithout } from './counsel.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/cases');

/** Sends `input` on `channel` through the handlers, as the renderer does; a refusal throws with its code. */
export type Call = (channel: Channel, input?: unknown) => Promise<unknown>;

export function channelCaller(services: Services): Call {
  return async (channel, input) => {
    const result = await invokeChannel(services.handlers, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
}

export interface TestServices {
  readonly services: Services;
  readonly call: Call;
}

export interface TestServicesOptions {
  /** The clock the services read (the day a packet is built, a bar counted). */
  readonly now?: () => Date;
  /** The vault's scrypt cost; low by default, so the key derives fast. */
  readonly scrypt?: { readonly N: number; readonly r: number; readonly p: number };
  /** Creates the vault with this passphrase. */
  readonly passphrase?: string;
  /** Then sets this counsel profile. */
  readonly counsel?: CounselProfile;
  /** Start the packet printer on unlock, as the app does. */
  readonly prewarmPrinter?: boolean;
  /** The packet printer the services open (Playwright's by default). */
  readonly openPacketRenderers?: OpenPacketRenderers;
  /** The Documents tab's printer (Playwright's by default). */
  readonly openDocumentPrinter?: OpenPrinter;
}

/** The Node services over a vault in `dataDir`, with settings in memory; disposed again if the vault or profile cannot be set up. */
export async function openTestServices(dataDir: string, options: TestServicesOptions = {}): Promise<TestServices> {
  const services = createNodeServices({
    dataDir,
    settings: createMemorySettings(),
    scrypt: options.scrypt ?? { N: 2 ** 10, r: 8, p: 1 },
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.prewarmPrinter === undefined ? {} : { prewarmPrinter: options.prewarmPrinter }),
    ...(options.openPacketRenderers === undefined ? {} : { openPacketRenderers: options.openPacketRenderers }),
    ...(options.openDocumentPrinter === undefined ? {} : { openDocumentPrinter: options.openDocumentPrinter }),
  });
  const call = channelCaller(services);
  try {
    if (options.passphrase !== undefined) await call('vaultCreate', { method: 'passphrase', passphrase: options.passphrase });
    if (options.counsel !== undefined) await call('counselProfileSet', options.counsel);
  } catch (error) {
    await services.dispose();
    throw error;
  }
  return { services, call };
}

/** A case file as `caseImport` takes it. */
export interface CaseFile {
  readonly case: { readonly id: string };
}

/** One sample file: its bytes, and the extension that tells the import what it is ("pdf", "jpg"). */
export interface ExhibitSample {
  readonly bytes: Uint8Array;
  readonly ext: string;
}

export interface FixtureImport {
  /** The folder the sample files are written under (each case's in a folder of its own). */
  readonly work: string;
  /** Imports the case under this id instead of the file's. */
  readonly caseId?: string | undefined;
  /** The sample attached to each exhibit the case describes, in the case's order. */
  readonly sample: (exhibit: Exhibit, index: number, described: readonly Exhibit[]) => ExhibitSample | Promise<ExhibitSample>;
}

export interface ImportedFixture {
  readonly caseId: string;
  /** The folder the samples were written to. */
  readonly dir: string;
  /** Each exhibit the case describes, with the exhibit its sample was attached as. */
  readonly exhibits: readonly { readonly described: Exhibit; readonly attached: Exhibit }[];
}

/**
 * Imports a case file (a file name under tests/fixtures/cases, or a file already read), then
 * attaches one sample file to each exhibit the case describes.
 */
export async function importFixtureCase(services: Services, fixture: string | CaseFile, options: FixtureImport): Promise<ImportedFixture> {
  const read = typeof fixture === 'string' ? (JSON.parse(readFileSync(path.join(fixtures, fixture), 'utf8')) as CaseFile) : fixture;
  const file = options.caseId === undefined ? read : { ...read, case: { ...read.case, id: options.caseId } };
  const { id: caseId } = (await channelCaller(services)('caseImport', { file })) as { id: string };
  const dir = mkdtempSync(path.join(options.work, `${caseId}-`));
  const described = (await services.vault.readCase(caseId)).case.exhibits;
  const exhibits: { described: Exhibit; attached: Exhibit }[] = [];
  for (const [index, exhibit] of described.entries()) {
    const { bytes, ext } = await options.sample(exhibit, index, described);
    const sample = path.join(dir, `${index}.${ext}`);
    writeFileSync(sample, bytes);
    // Each file is attached to the exhibit the case already describes, so its links hold.
    const { exhibit: attached } = await services.exhibits.importFile({ caseId, path: sample, exhibitId: exhibit.id });
    exhibits.push({ described: exhibit, attached });
  }
  return { caseId, dir, exhibits };
}

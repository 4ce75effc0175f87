/**
 * `npm run demo`: builds a throw-away vault from the fixture cases in a temporary folder and
 * writes what Dossier can produce for them into ./demo-out: the case files, every document in
 * English and French as PDF and DOCX (and the detention-review documents of Case 1), and a
 * packet per case built from generated sample exhibits (the fixtures describe exhibits but carry
 * no files). Runs headless; the temporary vault is deleted afterwards.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DossierError } from '../src-main/core/errors.ts';
import type { Channel } from '../src-main/ipc/contract.ts';
import { invokeChannel } from '../src-main/ipc/invoke.ts';
import { packetRenderersFrom } from '../src-main/packet/pages/open.ts';
import { openPlaywrightPrinter } from '../src-main/render/pdf/open-printer.ts';
import { sharePrinter } from '../src-main/render/pdf/shared-printer.ts';
import { createNodeServices } from '../src-main/services/node-services.ts';
import { createMemorySettings } from '../src-main/services/settings-conf.ts';
import { scanJpeg, textPdf } from '../tests/fixtures/exhibits/make-exhibits.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests/fixtures/cases');
const out = path.join(root, 'demo-out');
const work = await mkdtemp(path.join(tmpdir(), 'dossier-demo-'));

/**
 * The demo runs on the real clock, except while it prints Case 1's detention-review documents:
 * those are dated as in the case's story (domain facts §10), so the release plan, the notice and
 * the prep sheet are for the seven-day review of 18 March 2026.
 */
let storyDate: Date | undefined;
// One warm Chromium prints the documents and the packets; it starts now, while the vault is made.
const printer = sharePrinter(openPlaywrightPrinter);
const warming = printer();
warming.catch(() => undefined);
const services = createNodeServices({
  dataDir: path.join(work, 'vault'),
  settings: createMemorySettings(),
  now: () => storyDate ?? new Date(),
  openDocumentPrinter: printer,
  openPacketRenderers: packetRenderersFrom(printer),
  // The demo's vault lives for a few seconds and is deleted: its key is derived at the tests' lower cost.
  scrypt: { N: 2 ** 12, r: 8, p: 1 },
});
/**
 * Independent jobs two at a time (this is a two-core machine's demo): while Chromium lays out
 * one document, Node writes the other's DOCX or post-processes its PDF.
 */
async function inPairs(jobs: readonly (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]?.();
  };
  await Promise.all([worker(), worker()]);
}
async function call(channel: Channel, input?: unknown): Promise<unknown> {
  const result = await invokeChannel(services.handlers, channel, input);
  if (!result.ok) throw new DossierError(result.error.code, result.error.message, result.error.issues);
  return result.value;
}

/** Invented: the clinic, the counsel and every number are fictional. */
const counselProfile = {
  name: 'Adaeze Okafor',
  title: 'Barrister and Solicitor',
  firm: 'Harbourfront Community Legal Clinic',
  addressLines: ['200 Queens Quay West, Suite 410', 'Toronto, Ontario  M5J 2Y5'],
  phone: '416-555-0142',
  email: 'intake@harbourfront-clinic.example',
  lawSociety: 'Law Society of Ontario',
  lawSocietyNumber: '71234P',
};
const documentKinds = ['letter', 'timeline', 'translator-declaration'] as const;
/** Printed for Case 1, the detention review; each dated on a day of its story. */
const detentionDocuments = [
  ['release-plan', Date.UTC(2026, 2, 17, 16)],
  ['bondsperson-declaration', Date.UTC(2026, 2, 17, 16)],
  ['early-review-application', Date.UTC(2026, 2, 13, 16)],
  ['interpreter-notice', Date.UTC(2026, 2, 17, 16)],
  ['proof-of-service', Date.UTC(2026, 2, 17, 16)],
  ['client-prep-sheet', Date.UTC(2026, 2, 17, 16)],
] as const;
/**
 * Invented for the demo: the early-review application counsel could have filed the day after the
 * 48-hour review (the fixture records none).
 */
const earlyReview = {
  newFacts: [
    'CHAN Kwok-wai, a Canadian citizen and the cousin of the person concerned, has come forward as bondsperson with a deposit, a guarantee and a room in his home.',
    'The 48-hour review proceeded with a Mandarin interpreter although a Cantonese interpreter had been requested under ID Rule 17.',
  ],
  availableDates: ['2026-03-13', '2026-03-16', '2026-03-17'],
};
const packets = [
  ['case1-lai-wing-sze', 'detention-release-plan'],
  ['case2-srisuk-kanokwan', 'hc-application'],
] as const;

try {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await call('vaultCreate', { method: 'passphrase', passphrase: 'demo passphrase, not secret' });
  for (const name of (await readdir(fixtures)).filter((n) => n.endsWith('.json')).sort()) {
    const file = JSON.parse(await readFile(path.join(fixtures, name), 'utf8')) as unknown;
    const { id } = (await call('caseImport', { file })) as { id: string };
    await writeFile(path.join(out, `${id}.case.json`), `${JSON.stringify(await call('caseExport', { id }), null, 2)}\n`);
    console.log(`imported ${name} as ${id}`);
  }
  await call('counselProfileSet', counselProfile);
  const cases = (await call('caseList', { includeArchived: true })) as { id: string }[];
  // One warm printer (opened by the first render) prints every document; files are named by case id.
  const render = (caseId: string, kind: string, lang: 'en' | 'fr', format: 'pdf' | 'docx') => async () => {
    const { base64 } = (await call('documentRender', { caseId, kind, lang, format })) as { base64: string };
    await writeFile(path.join(out, `${caseId}-${kind}-${lang}.${format}`), Buffer.from(base64, 'base64'));
  };
  const bothLanguages = (caseId: string, kind: string) =>
    (['en', 'fr'] as const).flatMap((lang) => (['pdf', 'docx'] as const).map((format) => render(caseId, kind, lang, format)));
  await inPairs(cases.flatMap(({ id }) => documentKinds.flatMap((kind) => bothLanguages(id, kind))));
  console.log(`rendered ${cases.length * documentKinds.length * 4} documents`);

  const lai = 'case1-lai-wing-sze';
  const stored = (await call('caseGet', { id: lai })) as { case: { detention: object }; revision: number };
  await call('caseSave', {
    case: { ...stored.case, detention: { ...stored.case.detention, earlyReview } },
    revision: stored.revision,
  });
  // The documents of one day of the story are printed together, on that day's clock.
  for (const day of new Set(detentionDocuments.map(([, d]) => d))) {
    storyDate = new Date(day);
    await inPairs(detentionDocuments.filter(([, d]) => d === day).flatMap(([kind]) => bothLanguages(lai, kind)));
  }
  storyDate = undefined;
  console.log(`rendered ${detentionDocuments.length * 4} detention-review documents for ${lai}`);

  // Sample exhibits stand in for the clients' real files: a few text PDFs and a scan per case.
  const samples = path.join(work, 'samples');
  await mkdir(samples);
  // The two cases' packets are built side by side; what each built is told in the cases' order.
  const reports = packets.map(async ([caseId, preset]) => {
    const lines: string[] = [];
    const exhibits = ((await call('caseExport', { id: caseId })) as { case: { exhibits: { id: string }[] } }).case.exhibits;
    for (const [index, { id }] of exhibits.entries()) {
      const scanned = index === exhibits.length - 1;
      const file = path.join(samples, `${caseId}-${index}.${scanned ? 'jpg' : 'pdf'}`);
      await writeFile(
        file,
        scanned ? await scanJpeg(`Sample scan: ${index + 1}`) : await textPdf(`Sample exhibit ${index + 1}`, 2 + (index % 3)),
      );
      // Attached to the exhibit the case describes, so the release plan's links find it.
      await services.exhibits.importFile({ caseId, path: file, exhibitId: id });
    }
    const built = await services.packets.build({ caseId, preset, outDir: path.join(out, 'packets', caseId), skipBadExhibits: false });
    const files = built.manifest.files;
    if (files === undefined) lines.push(`built the ${preset} packet for ${caseId}: ${built.manifest.outputs.length} volume(s)`);
    else {
      lines.push(`built the ${preset} packet for ${caseId}: one file per portal slot`);
      for (const f of files) lines.push(`  ${f.fileName}: ${f.pages} pages, ${f.bytes} bytes. ${f.summary.en.join(' ')}`);
    }
    return lines;
  });
  for (const lines of await Promise.all(reports)) for (const line of lines) console.log(line);
  await writeFile(path.join(out, 'case-list.json'), `${JSON.stringify(await call('caseList', { includeArchived: true }), null, 2)}\n`);
  console.log(`wrote ${path.relative(root, out)}/`);
} finally {
  await services.dispose();
  await warming.then((held) => held.printer.close()).catch(() => undefined);
  await rm(work, { recursive: true, force: true });
}

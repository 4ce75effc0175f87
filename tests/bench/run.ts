/**
 * `npm run bench`: every benchmark, medians of several runs, compared with a peer measured in
 * the same run. Targets are printed beside the numbers; nothing here fails a build.
 * `npm run bench -- user-paths vault` runs only the named groups; `printing` is the builds, the
 * 20-page document and the demo of user-paths alone. A group may include another's
 * bench (user-paths prints the H&C application's rows); each bench runs once however often named.
 */
import os from 'node:os';
import { benchDocument } from './document.bench.ts';
import { benchHcApplication } from './hc-application.bench.ts';
import { benchScanImport } from './import.bench.ts';
import { benchOcr } from './ocr.bench.ts';
import { benchPacket } from './packet.bench.ts';
import { benchPortalFit } from './portal-fit.bench.ts';
import { benchRedaction } from './redaction.bench.ts';
import { benchPrinting, benchUserPaths } from './user-paths.bench.ts';
import { benchVault } from './vault.bench.ts';
import { benchViewer } from './viewer.bench.ts';
import { formatRows, type BenchRow } from './stats.ts';

const groups: Record<string, readonly (() => Promise<BenchRow[]>)[]> = {
  'user-paths': [benchUserPaths, benchScanImport, benchHcApplication],
  import: [benchScanImport],
  printing: [benchPrinting],
  vault: [benchVault],
  document: [benchDocument],
  packet: [benchPacket],
  'portal-fit': [benchPortalFit],
  'hc-application': [benchHcApplication],
  viewer: [benchViewer],
  redaction: [benchRedaction],
  ocr: [benchOcr],
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in groups));
if (unknown.length > 0) throw new Error(`Unknown benchmark group(s): ${unknown.join(', ')}. Known: ${Object.keys(groups).join(', ')}.`);

const rows: BenchRow[] = [];
console.log(`Dossier benchmarks — node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
const benches = new Set(Object.entries(groups).flatMap(([name, list]) => (chosen.length === 0 || chosen.includes(name) ? list : [])));
for (const bench of benches) rows.push(...(await bench()));
console.log(formatRows(rows));

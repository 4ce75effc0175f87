/**
 * `npm run bench`: every benchmark, medians of several runs, compared with a peer measured in
 * the same run. Targets are printed beside the numbers; nothing here fails a build.
 */
import os from 'node:os';
import { benchDocument } from './document.bench.ts';
import { benchHcApplication } from './hc-application.bench.ts';
import { benchOcr } from './ocr.bench.ts';
import { benchPacket } from './packet.bench.ts';
import { benchPortalFit } from './portal-fit.bench.ts';
import { benchVault } from './vault.bench.ts';
import { formatRows, type BenchRow } from './stats.ts';

const rows: BenchRow[] = [];
console.log(`Dossier benchmarks — node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
rows.push(...(await benchVault()));
rows.push(...(await benchDocument()));
rows.push(...(await benchPacket()));
rows.push(...(await benchPortalFit()));
rows.push(...(await benchHcApplication()));
rows.push(...(await benchOcr()));
console.log(formatRows(rows));

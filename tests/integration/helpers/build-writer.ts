/**
 * Writes packet builds into one folder in an endless loop so the kill test can SIGKILL it at
 * random moments. Each build has one to three "volumes" of random bytes (names change with the
 * count, so a stale file from another build would show) and a manifest naming each file's hash.
 * Usage: node build-writer.ts <target folder> <first build number>
 * Prints `built <n>` after each build is in place.
 */
import { createHash, randomBytes } from 'node:crypto';
import { replaceBuildFolder } from '../../../src-main/services/build-folder.ts';

const [target, first] = process.argv.slice(2);
if (!target || first === undefined) throw new Error('usage: build-writer.ts <target> <first build number>');

for (let n = Number(first); ; n += 1) {
  const volumes = (n % 3) + 1;
  const files = Array.from({ length: volumes }, (_, i) => ({
    name: `A-1234 – ID – Packet – build ${n} – Vol ${i + 1}.pdf`,
    bytes: randomBytes(20_000 + Math.floor(Math.random() * 200_000)),
  }));
  const manifest = {
    format: 'dossier-packet-manifest',
    buildId: String(n),
    outputs: files.map((f) => ({ fileName: f.name, sha256: createHash('sha256').update(f.bytes).digest('hex') })),
  };
  await replaceBuildFolder(target, [...files, { name: 'manifest.json', bytes: new TextEncoder().encode(JSON.stringify(manifest)) }]);
  process.stdout.write(`built ${n}\n`);
}

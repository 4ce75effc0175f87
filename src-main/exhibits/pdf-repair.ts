import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The parts of qpdf's Emscripten module Dossier uses: its virtual files, Node's folders mounted in them, and its command line. */
interface QpdfInstance {
  callMain(args: string[]): number;
  readonly FS: {
    writeFile(path: string, data: Uint8Array): void;
    readFile(path: string): Uint8Array;
    mkdir(path: string): void;
    mount(type: unknown, options: { root: string }, mountpoint: string): void;
  };
  readonly NODEFS: unknown;
}

type QpdfFactory = (options: { wasmBinary: Uint8Array }) => Promise<QpdfInstance>;

export type RepairResult =
  | { readonly ok: true; readonly pdf: Uint8Array; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: 'password' | 'damaged'; readonly detail: string };

export type FileRepairResult =
  | { readonly ok: true; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: 'password' | 'damaged'; readonly detail: string };

const require = createRequire(import.meta.url);
let wasmBinary: Uint8Array | undefined;

function qpdf(): { factory: QpdfFactory; wasm: Uint8Array } {
  const factory = require('@neslinesli93/qpdf-wasm') as QpdfFactory;
  wasmBinary ??= new Uint8Array(readFileSync(require.resolve('@neslinesli93/qpdf-wasm/dist/qpdf.wasm')));
  return { factory, wasm: wasmBinary };
}

/**
 * Rewrites a PDF through qpdf (compiled to WebAssembly, so it ships inside the app and runs in
 * memory): the cross-reference table is rebuilt from the objects when it is damaged, stream
 * lengths are recovered, object streams (nested ones included) are written out as plain objects,
 * and encryption that needs no password (empty user password, any crypt filter, attachments-only)
 * is removed. A file that needs a real password or that qpdf cannot read is reported, never
 * thrown. Each call gets a fresh module (an Emscripten program cannot run its main twice); it
 * starts in a few tens of milliseconds.
 */
export async function repairPdf(bytes: Uint8Array): Promise<RepairResult> {
  const run = await runQpdf((instance) => {
    instance.FS.writeFile('/in.pdf', bytes);
    return ['/in.pdf', '/out.pdf'];
  });
  if (!run.ok) return run;
  try {
    return { ok: true, pdf: run.instance.FS.readFile('/out.pdf'), warnings: run.warnings };
  } catch {
    return { ok: false, reason: 'damaged', detail: run.warnings.join('\n') };
  }
}

/**
 * The same repair from one file of `folder` into another, qpdf reading and writing them on disk
 * (the folder mounted into its virtual files): neither the damaged file nor its repaired copy is
 * held in memory, where the in-memory repair holds each twice. The folder should be private to
 * this import; `output` must not exist yet.
 */
export async function repairPdfFile(folder: string, input: string, output: string): Promise<FileRepairResult> {
  const run = await runQpdf((instance) => {
    instance.FS.mkdir('/work');
    instance.FS.mount(instance.NODEFS, { root: folder }, '/work');
    return [`/work/${input}`, `/work/${output}`];
  });
  if (!run.ok) return run;
  if (!existsSync(path.join(folder, output))) return { ok: false, reason: 'damaged', detail: run.warnings.join('\n') };
  return { ok: true, warnings: run.warnings };
}

type Run =
  | { readonly ok: true; readonly instance: QpdfInstance; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: 'password' | 'damaged'; readonly detail: string };

async function runQpdf(files: (instance: QpdfInstance) => [input: string, output: string]): Promise<Run> {
  const { factory, wasm } = qpdf();
  const messages: string[] = [];
  const collect = (...line: unknown[]): void => {
    if (messages.length < 200) messages.push(line.map(String).join(' '));
  };
  const instance = await withConsoleTo(collect, () => factory({ wasmBinary: wasm }));
  // An Emscripten program sets process.exitCode when its main returns; Dossier's own exit code must not change.
  const exitCodeBefore = process.exitCode;
  let status: number;
  try {
    const [input, output] = files(instance);
    status = instance.callMain(['--password=', '--decrypt', '--object-streams=disable', input, output]);
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    process.exitCode = exitCodeBefore;
  }
  const detail = messages.join('\n');
  if (/invalid password/iu.test(detail)) return { ok: false, reason: 'password', detail };
  // 0: clean; 3: written with warnings (what was repaired); 2: could not be read.
  if (status !== 0 && status !== 3) return { ok: false, reason: 'damaged', detail };
  return { ok: true, instance, warnings: messages };
}

/**
 * This build of qpdf writes its messages through console.log and console.error, bound when the
 * module is created; binding them to `collect` keeps them out of Dossier's own output (the CLI
 * prints one line per error) while the repair still reads them.
 */
function withConsoleTo<T>(collect: (line: string) => void, create: () => T): T {
  const { log, error } = console;
  console.log = collect;
  console.error = collect;
  try {
    return create();
  } finally {
    console.log = log;
    console.error = error;
  }
}

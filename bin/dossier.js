#!/usr/bin/env node
// Entry for `npx dossier`: runs the TypeScript CLI directly on Node 24's built-in type stripping.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`dossier: Node 24 or newer is required (this is ${process.versions.node}).\n`);
  process.exit(1);
}
process.removeAllListeners('warning');
// V8's compiled code of Dossier's own modules, kept in the system's temp folder and checked
// against each source: a later run starts in about two thirds of the CPU time. No case data.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { runCli } = await import('../src-main/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));

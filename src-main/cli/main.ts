import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import { type Channel, type Result } from '../ipc/contract.ts';
import { invokeChannel } from '../ipc/invoke.ts';
import type { Services } from '../services/index.ts';
import { createNodeServices } from '../services/node-services.ts';
import { createConfSettings } from '../services/settings-conf.ts';
import { cleanTextOptions } from './text-options.ts';
import { testScryptFrom } from './test-kdf.ts';
import { parseCliArgs, usage, type CliArgs } from './args.ts';
import { handoffCommand } from './handoff-commands.ts';
import { hcCommand } from './hc-commands.ts';
import { matterCommand } from './matter-command.ts';
import { proceedingCommand, reservedCommand } from './records-command.ts';
import { applicationCommand } from './application-command.ts';
import { evidenceCommand } from './evidence-commands.ts';
import { build, exhibitAdd } from './packet-commands.ts';
import { redactCommand } from './redaction-commands.ts';
import { counselCommand, renderCommand } from './render-command.ts';
import { timelineCommand } from './timeline-commands.ts';
import { checkCommand, deleteCommand, transferCommand } from './transfer-commands.ts';
import { vaultCommand } from './vault-commands.ts';
import { backupFileCommand, isBackupFileCommand } from './backup-file-commands.ts';
import { wordingCommand } from './wording-commands.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readFile: (file: string) => Promise<string>;
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  readFile: (file) => readFile(file, 'utf8'),
};

async function call(services: Services, channel: Channel, input: unknown): Promise<unknown> {
  const result: Result<unknown> = await invokeChannel(services.handlers, channel, input, { onActivity: services.onActivity });
  if (!result.ok) throw new DossierError(result.error.code, result.error.message, result.error.issues);
  return result.value;
}

function passphraseFrom(args: CliArgs, io: CliIo): string {
  const value = io.env[args.passphraseEnv];
  if (value === undefined || value === '')
    throw new DossierError('PASSPHRASE_REQUIRED', `The environment variable ${args.passphraseEnv} is empty or not set.`);
  return value;
}

/** How the vault is opened: the passphrase, or the recovery code when --recovery-code-env names it. */
function unlockInputFrom(args: CliArgs, io: CliIo): { passphrase: string } | { recoveryCode: string } {
  if (args.recoveryCodeEnv === undefined) return { passphrase: passphraseFrom(args, io) };
  const value = io.env[args.recoveryCodeEnv];
  if (value === undefined || value.trim() === '')
    throw new DossierError('PASSPHRASE_REQUIRED', `The environment variable ${args.recoveryCodeEnv} is empty or not set.`);
  return { recoveryCode: value };
}

async function readJson(file: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch {
    throw new DossierError('NOT_FOUND', `Cannot read ${path.basename(file)}: check the path and permissions.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DossierError('VALIDATION', `${path.basename(file)} is not valid JSON.`);
  }
}

/**
 * Says on stderr which vault files this command found damaged and replaced by their previous
 * copy: a command that succeeds on an older copy of a case must not look like a clean run.
 */
async function reportRecovered(services: Services, io: CliIo): Promise<void> {
  let status: { recovered: readonly { file: string; restoredFrom: 'previous' | 'none' }[]; dailyBackupFailed?: boolean };
  try {
    status = (await call(services, 'vaultStatus', undefined)) as typeof status;
  } catch {
    return;
  }
  if (status.dailyBackupFailed === true)
    io.stderr('dossier: warning: the daily backup could not be made (see dossier vault backup for the reason).\n');
  for (const r of status.recovered)
    io.stderr(
      r.restoredFrom === 'previous'
        ? `dossier: warning: ${r.file} was damaged; its previous saved copy was used and the damaged file set aside. Check the most recent changes.\n`
        : `dossier: warning: ${r.file} was damaged and had no readable copy; it was set aside.\n`,
    );
}

function withTestScrypt(env: CliIo['env']): { scrypt?: { N: number; r: number; p: number } } {
  const scrypt = testScryptFrom(env);
  return scrypt ? { scrypt } : {};
}

async function run(args: CliArgs, io: CliIo): Promise<unknown> {
  const services = createNodeServices({
    dataDir: args.vault,
    settings: createConfSettings(args.vault),
    ...withTestScrypt(io.env),
  });
  try {
    if (isBackupFileCommand(args))
      return await backupFileCommand(args, services.vault, io.env, async () => {
        await call(services, 'vaultUnlock', unlockInputFrom(args, io));
      });
    const unlockInput = unlockInputFrom(args, io);
    const passphrase = 'passphrase' in unlockInput ? unlockInput.passphrase : '';
    const command = args.command.join(' ');
    if (command === 'vault init' || command === 'vault passphrase') {
      if (passphrase === '') throw new DossierError('PASSPHRASE_REQUIRED', `${command} needs the passphrase: give --passphrase-env VAR.`);
    }
    if (command === 'vault init') return await call(services, 'vaultCreate', { method: 'passphrase', passphrase });
    if (command === 'vault status') return await call(services, 'vaultStatus', undefined);
    await call(services, 'vaultUnlock', unlockInput);
    switch (command) {
      case 'vault backup':
      case 'vault backups':
      case 'vault verify':
      case 'vault restore':
      case 'vault passphrase':
      case 'vault recovery-code':
        return await vaultCommand(args, (channel, input) => call(services, channel, input), services.vault, io.env, passphrase);
      case 'vault check':
        return await checkCommand(args, (channel, input) => call(services, channel, input), io.stdout);
      case 'case transfer':
        return await transferCommand(args, services.transfers, io.env);
      case 'case delete':
        return await deleteCommand(args, (channel, input) => call(services, channel, input));
      case 'case import': {
        const file = args.positionals[0];
        if (!file) throw new DossierError('VALIDATION', 'case import needs a FILE.json.');
        const imported = (await call(services, 'caseImport', { file: await readJson(file, io) })) as {
          warnings?: readonly { path: string; message: string }[];
        };
        for (const w of imported.warnings ?? []) io.stderr(`dossier: warning: ${w.path}: ${w.message}\n`);
        return imported;
      }
      case 'case export': {
        const id = args.positionals[0];
        if (!id) throw new DossierError('VALIDATION', 'case export needs a case ID.');
        return await call(services, 'caseExport', { id });
      }
      case 'case list': {
        const list = (await call(services, 'caseList', { includeArchived: true })) as { id: string; displayName: string; kind: string }[];
        return list.map(({ id, displayName, kind }) => ({ id, displayName, kind }));
      }
      case 'case wording':
        return await wordingCommand(args, (channel, input) => call(services, channel, input));
      case 'exhibit add':
        return await exhibitAdd(args, services);
      case 'exhibit redact':
        return await redactCommand(args, (channel, input) => call(services, channel, input));
      case 'build':
        return await build(args, services);
      case 'exhibit ocr':
      case 'exhibit split':
      case 'search':
        return await evidenceCommand(args, services, io.stderr);
      case 'deadlines': {
        const caseId = args.options['case'];
        if (typeof caseId !== 'string' || caseId === '') throw new DossierError('VALIDATION', 'deadlines needs --case ID.');
        const asOf = args.options['as-of'];
        const list = (await call(services, 'deadlinesCompute', { caseId, ...(typeof asOf === 'string' ? { asOf } : {}) })) as {
          kind: string;
          dueLaw: unknown;
          dueOffice: string;
          basis: unknown;
          sitting?: unknown;
          warnings: unknown;
        }[];
        return list.map(({ kind, dueLaw, dueOffice, basis, sitting, warnings }) => ({
          kind,
          dueLaw,
          dueOffice,
          basis,
          ...(sitting === undefined ? {} : { sitting }),
          warnings,
        }));
      }
      case 'render':
        return await renderCommand(args, (channel, input) => call(services, channel, input));
      case 'counsel set':
      case 'counsel show':
        return await counselCommand(
          args,
          (channel, input) => call(services, channel, input),
          (file) => readJson(file, io),
        );
      case 'case matter':
        return await matterCommand(args, (channel, input) => call(services, channel, input));
      case 'case application':
        return await applicationCommand(args, (channel, input) => call(services, channel, input));
      case 'case proceeding':
        return await proceedingCommand(args, (channel, input) => call(services, channel, input));
      case 'case reserved':
        return await reservedCommand(args, (channel, input) => call(services, channel, input));
      case 'timeline check':
        return await timelineCommand(args, (channel, input) => call(services, channel, input), io.stdout);
      case 'hc check':
        return await hcCommand(args, (channel, input) => call(services, channel, input), io.stdout);
      case 'handoff export':
      case 'handoff respond':
      case 'handoff import':
        return await handoffCommand(args, (channel, input) => call(services, channel, input), {
          env: io.env,
          readJson: (file) => readJson(file, io),
          stdout: io.stdout,
        });
      default:
        throw new DossierError('VALIDATION', `Unknown command "${command}". Run dossier --help.`);
    }
  } finally {
    await reportRecovered(services, io);
    await services.dispose();
  }
}

/** Runs one CLI command; returns the exit code. An error prints as one line on stderr, then a line for each field it concerns that the line does not name. */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    io.stdout(`${usage}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const cleaned = cleanTextOptions(parseCliArgs(argv));
    for (const warning of cleaned.warnings) io.stderr(`dossier: warning: ${warning}\n`);
    const value = await run(cleaned.args, io);
    io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = isDossierError(error) ? `${error.code}: ${error.message}` : 'INTERNAL: unexpected failure; nothing was changed.';
    io.stderr(`dossier: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    // Fields the message does not already name get a line each, so a refused build says where to look.
    if (isDossierError(error))
      for (const issue of error.issues.filter((i) => !message.includes(i.path)).slice(0, 100))
        io.stderr(`  ${issue.path}: ${issue.message.replace(/\s*\n\s*/g, ' ')}\n`);
    return isDossierError(error) && error.code === 'VALIDATION' ? 2 : 1;
  }
}

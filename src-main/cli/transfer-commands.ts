import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { readTransferFile, transferFileName, writeTransferFile } from '../services/transfer-handlers.ts';
import type { TransferService } from '../transfer/service.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'caseDelete' | 'vaultCheck', input: unknown) => Promise<unknown>;

const text = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** The transfer's passphrase, from the environment variable named by --bundle-passphrase-env (never from the command line). */
function transferPassphrase(args: CliArgs, env: Readonly<Record<string, string | undefined>>): string {
  const name = text(args, 'bundle-passphrase-env');
  if (name === undefined)
    throw new DossierError(
      'VALIDATION',
      'Missing --bundle-passphrase-env VAR (the name of an environment variable holding the transfer passphrase).',
    );
  const value = env[name];
  if (value === undefined || value === '')
    throw new DossierError('PASSPHRASE_REQUIRED', `The environment variable ${name} is empty or not set.`);
  if (value.length < 10) throw new DossierError('VALIDATION', 'A case transfer passphrase has at least 10 characters.');
  return value;
}

/**
 * `dossier case transfer export --case ID --out FILE --bundle-passphrase-env VAR`
 * `dossier case transfer import FILE --bundle-passphrase-env VAR`
 */
export async function transferCommand(
  args: CliArgs,
  transfers: TransferService,
  env: Readonly<Record<string, string | undefined>>,
): Promise<unknown> {
  const [sub, file] = args.positionals;
  if (sub === 'export') {
    const caseId = text(args, 'case');
    const out = text(args, 'out');
    if (caseId === undefined || out === undefined)
      throw new DossierError('VALIDATION', 'case transfer export needs --case ID and --out FILE.');
    const made = await transfers.exportCase(caseId, transferPassphrase(args, env));
    await writeTransferFile(out, made.bytes);
    return {
      transferId: made.transferId,
      out: path.basename(out),
      suggestedName: transferFileName(made.transferId),
      exhibits: made.exhibits,
      ...(made.draftLeftBehind ? { warning: 'The case has an unsaved draft in the editor; only the last valid case was exported.' } : {}),
    };
  }
  if (sub === 'import') {
    if (file === undefined) throw new DossierError('VALIDATION', 'case transfer import needs the transfer FILE.');
    const passphrase = transferPassphrase(args, env);
    return await transfers.importCase(await readTransferFile(file), passphrase);
  }
  throw new DossierError('VALIDATION', 'Use case transfer export or case transfer import.');
}

/** `dossier case delete ID`: the case and the attachments only it referred to. */
export async function deleteCommand(args: CliArgs, call: Call): Promise<unknown> {
  const id = args.positionals[0];
  if (id === undefined) throw new DossierError('VALIDATION', 'case delete needs a case ID (see dossier case list).');
  return await call('caseDelete', { id, confirm: true });
}

/** `dossier vault check [--clean]`: exits 1 when anything unreadable or orphaned is left. */
export async function checkCommand(args: CliArgs, call: Call, stdout: (text: string) => void): Promise<unknown> {
  const report = (await call('vaultCheck', { clean: args.options['clean'] === true })) as {
    orphans: unknown[];
    unreadable: unknown[];
    cleaned: number;
  };
  const left = report.unreadable.length + report.orphans.length - report.cleaned;
  if (left === 0) return report;
  stdout(`${JSON.stringify(report, null, 2)}\n`);
  throw new DossierError(
    'CORRUPT',
    report.unreadable.length > 0
      ? 'The vault holds files its key cannot open (listed above). Restore them from a backup; they were not deleted.'
      : 'The vault holds attachments no case refers to (listed above). Run dossier vault check --clean to remove them.',
  );
}

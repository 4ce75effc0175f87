import { parseArgs } from 'node:util';
import { DossierError } from '../core/errors.ts';

export interface CliArgs {
  readonly command: readonly string[];
  readonly vault: string;
  readonly passphraseEnv: string;
  readonly positionals: readonly string[];
}

export const usage = `Usage: dossier <command> --vault DIR --passphrase-env VAR

Commands:
  vault init              create a passphrase-protected vault in DIR
  vault status            print whether DIR holds a vault and its state
  case import FILE.json   import a case file; prints {"id": "<case id>"}
  case export ID          print the case in the interchange format
  case list               print [{"id", "displayName", "kind"}]

--passphrase-env names an environment variable that holds the passphrase,
so the passphrase never appears in the process list or shell history.`;

const commandWords: Record<string, number> = { vault: 2, case: 2 };

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { vault: { type: 'string' }, 'passphrase-env': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new DossierError('VALIDATION', error instanceof Error ? error.message : 'Bad arguments.');
  }
  const { values, positionals } = parsed;
  const head = positionals[0];
  const words = head === undefined ? 0 : (commandWords[head] ?? 1);
  const command = positionals.slice(0, words);
  if (values.help || command.length === 0) throw new DossierError('VALIDATION', 'No command given. Run dossier --help.');
  if (!values.vault) throw new DossierError('VALIDATION', 'Missing --vault DIR.');
  if (!values['passphrase-env']) throw new DossierError('VALIDATION', 'Missing --passphrase-env VAR (the name of an environment variable holding the passphrase).');
  return { command, vault: values.vault, passphraseEnv: values['passphrase-env'], positionals: positionals.slice(words) };
}

import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { bundleLimits } from '../handoff/limits.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'handoffExport' | 'handoffRespond' | 'handoffImport', input: unknown) => Promise<unknown>;

interface HandoffIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads a JSON file given on the command line. */
  readonly readJson: (file: string) => Promise<unknown>;
  readonly stdout: (text: string) => void;
}

const text = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

function required(args: CliArgs, name: string, what: string): string {
  const value = text(args, name);
  if (value === undefined) throw new DossierError('VALIDATION', `Missing --${name} ${what}.`);
  return value;
}

/** The bundle's passphrase, from the environment variable named by --bundle-passphrase-env (never from the command line). */
function bundlePassphrase(args: CliArgs, io: HandoffIo): string {
  const name = required(args, 'bundle-passphrase-env', 'VAR (the name of an environment variable holding the bundle passphrase)');
  const value = io.env[name];
  if (value === undefined || value === '')
    throw new DossierError('PASSPHRASE_REQUIRED', `The environment variable ${name} is empty or not set.`);
  return value;
}

async function readBundleFile(file: string): Promise<Uint8Array> {
  try {
    if ((await stat(file)).size > bundleLimits.maxBundleBytes)
      throw new DossierError('TOO_LARGE', `${path.basename(file)} is too large to be a translation bundle. Nothing was changed.`);
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw new DossierError('NOT_FOUND', `Cannot read ${path.basename(file)}: check the path and permissions.`);
  }
}

/** Writes a new bundle file, never over an existing one, readable by its owner only. */
async function writeBundleFile(file: string, base64: string | undefined): Promise<string> {
  if (base64 === undefined) throw new DossierError('INTERNAL', 'No bundle was produced.');
  try {
    await writeFile(file, Buffer.from(base64, 'base64'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const exists = error instanceof Error && 'code' in error && error.code === 'EEXIST';
    throw new DossierError(
      'IO',
      exists ? `${path.basename(file)} already exists: choose another --out FILE.` : `Cannot write ${path.basename(file)}.`,
    );
  }
  return path.basename(file);
}

/**
 * `dossier handoff export --case ID --item ITEM_ID --out FILE --bundle-passphrase-env VAR [--lang en|fr]`
 * `dossier handoff respond REQUEST --bundle-passphrase-env VAR --translation-json FILE --out FILE`
 * `dossier handoff import FILE --bundle-passphrase-env VAR [--case ID] [--accept-changed-source]`
 */
export async function handoffCommand(args: CliArgs, call: Call, io: HandoffIo): Promise<unknown> {
  const sub = args.command[1];
  const passphrase = bundlePassphrase(args, io);
  if (sub === 'export') {
    const caseId = required(args, 'case', 'ID');
    const itemId = required(args, 'item', 'ITEM_ID (a statement id, or doc:KIND for a generated document)');
    const out = required(args, 'out', 'FILE');
    const lang = text(args, 'lang');
    const result = (await call('handoffExport', { caseId, itemId, passphrase, ...(lang === undefined ? {} : { lang }) })) as {
      bundleId: string;
      base64?: string;
    };
    return { bundleId: result.bundleId, out: await writeBundleFile(out, result.base64) };
  }
  if (sub === 'respond') {
    const request = args.positionals[0];
    if (request === undefined) throw new DossierError('VALIDATION', 'handoff respond needs the REQUEST bundle file.');
    const answer = await io.readJson(required(args, 'translation-json', 'FILE'));
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
      throw new DossierError('VALIDATION', 'The translation JSON holds { translations, translator, declaration }.');
    const out = required(args, 'out', 'FILE');
    const bytes = Buffer.from(await readBundleFile(request)).toString('base64');
    const result = (await call('handoffRespond', { ...answer, bytes, passphrase })) as { bundleId: string; base64?: string };
    return { bundleId: result.bundleId, out: await writeBundleFile(out, result.base64) };
  }
  if (sub === 'import') {
    const file = args.positionals[0];
    if (file === undefined) throw new DossierError('VALIDATION', 'handoff import needs the response bundle FILE.');
    const caseId = text(args, 'case');
    const bytes = Buffer.from(await readBundleFile(file)).toString('base64');
    const result = (await call('handoffImport', {
      bytes,
      passphrase,
      accept: args.options['accept-changed-source'] === true,
      ...(caseId === undefined ? {} : { caseId }),
    })) as { status?: string };
    if (result.status !== 'needs-confirmation') return result;
    // Nothing was attached: a script must not read this as success. The changes go to stdout first.
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    throw new DossierError(
      'VALIDATION',
      'The original changed since the translation was requested; nothing was attached. Review the changes printed above, then import again with --accept-changed-source.',
    );
  }
  throw new DossierError('VALIDATION', 'Use handoff export, handoff respond or handoff import.');
}

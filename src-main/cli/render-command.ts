import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { documentKinds } from '../documents/builders/document-types.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'documentRender' | 'counselProfileSet' | 'counselProfileGet', input: unknown) => Promise<unknown>;

const text = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

function oneOf(args: CliArgs, name: string, allowed: readonly string[], fallback?: string): string {
  const value = text(args, name) ?? fallback;
  if (value === undefined || !allowed.includes(value)) throw new DossierError('VALIDATION', `--${name} takes ${allowed.join(', ')}.`);
  return value;
}

/** `dossier render --case ID --doc KIND --lang en|fr --format pdf|docx --out FILE [--statement ID --translation en|fr]` */
export async function renderCommand(args: CliArgs, call: Call): Promise<unknown> {
  const caseId = text(args, 'case');
  if (caseId === undefined || caseId === '') throw new DossierError('VALIDATION', 'Missing --case ID.');
  const kind = oneOf(args, 'doc', documentKinds);
  const lang = oneOf(args, 'lang', ['en', 'fr'], 'en');
  const format = oneOf(args, 'format', ['pdf', 'docx'], 'pdf');
  const out = text(args, 'out');
  if (out === undefined || out === '') throw new DossierError('VALIDATION', 'Missing --out FILE.');
  const options: Record<string, string | boolean> = {};
  // The chronology for counsel: every event, those not for filing marked as such.
  if (args.options['all-events'] === true) options['filingOnly'] = false;
  for (const [option, key] of [
    ['statement', 'statementId'],
    ['person', 'personId'],
    ['hearing', 'hearingId'],
    ['service', 'serviceId'],
    ['application', 'applicationId'],
    ['exhibit', 'exhibitId'],
  ] as const) {
    const value = text(args, option);
    if (value !== undefined) options[key] = value;
  }
  // Which of the statement's translations a translation document or its certification is for.
  if (text(args, 'translation') !== undefined) options['translationLang'] = oneOf(args, 'translation', ['en', 'fr']);
  const result = (await call('documentRender', { caseId, kind, lang, format, options })) as {
    title: string;
    base64: string;
    warnings?: readonly { code: string; path: string; message: string }[];
  };
  const bytes = Buffer.from(result.base64, 'base64');
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  // A document names the client: readable by its owner only, like the vault's own files.
  await writeFile(out, bytes, { mode: 0o600 });
  await chmod(out, 0o600);
  // An edited paragraph the document no longer matches is printed as the template words it, and said so.
  const warnings = result.warnings ?? [];
  return { out, bytes: bytes.byteLength, title: result.title, ...(warnings.length === 0 ? {} : { warnings }) };
}

/** `dossier counsel set --json FILE` or `--name N --firm F --address "line 1|line 2" [...]`; `dossier counsel show`. */
export async function counselCommand(args: CliArgs, call: Call, readJson: (file: string) => Promise<unknown>): Promise<unknown> {
  const action = args.command[1];
  if (action === 'show') return call('counselProfileGet', undefined);
  if (action !== 'set') throw new DossierError('VALIDATION', 'Use dossier counsel set or dossier counsel show.');
  const json = text(args, 'json');
  if (json !== undefined) return call('counselProfileSet', await readJson(json));
  const optional = (key: string, option: string) => {
    const value = text(args, option);
    return value === undefined ? {} : { [key]: value };
  };
  return call('counselProfileSet', {
    ...optional('name', 'name'),
    ...optional('firm', 'firm'),
    ...optional('title', 'title'),
    addressLines: (text(args, 'address') ?? '')
      .split('|')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    ...optional('phone', 'phone'),
    ...optional('email', 'email'),
    ...optional('lawSociety', 'law-society'),
    ...optional('lawSocietyNumber', 'law-society-number'),
  });
}

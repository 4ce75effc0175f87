import { DossierError } from '../core/errors.ts';
import { PRESET_NAMES, type PresetName } from '../packet/presets.ts';
import type { Services } from '../services/index.ts';
import type { CliArgs } from './args.ts';

const text = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

function required(args: CliArgs, name: string, what: string): string {
  const value = text(args, name);
  if (value === undefined || value === '') throw new DossierError('VALIDATION', `Missing --${name} ${what}.`);
  return value;
}

function positiveInt(args: CliArgs, name: string): number | undefined {
  const value = text(args, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/u.test(value) || Number(value) < 1) throw new DossierError('VALIDATION', `--${name} takes a positive whole number.`);
  return Number(value);
}

/** `dossier exhibit add --case ID FILE [--title T --date D]` */
export async function exhibitAdd(args: CliArgs, services: Services): Promise<unknown> {
  const file = args.positionals[0];
  if (file === undefined) throw new DossierError('VALIDATION', 'exhibit add needs a FILE.');
  const title = text(args, 'title');
  const date = text(args, 'date');
  const { exhibit, warnings } = await services.exhibits.importFile({
    caseId: required(args, 'case', 'ID'),
    path: file,
    ...(title === undefined ? {} : { title }),
    ...(date === undefined ? {} : { date }),
  });
  return { id: exhibit.id, title: exhibit.title, pages: exhibit.pages, sha256: exhibit.sha256, warnings };
}

/** `dossier build --case ID --preset NAME --format pdf --out DIR [...]`: prints the manifest path. */
export async function build(args: CliArgs, services: Services): Promise<unknown> {
  const preset = required(args, 'preset', `(${PRESET_NAMES.join(', ')})`);
  if (!(PRESET_NAMES as readonly string[]).includes(preset))
    throw new DossierError('VALIDATION', `Unknown preset "${preset}"; use ${PRESET_NAMES.join(', ')}.`);
  const format = text(args, 'format') ?? 'pdf';
  if (format !== 'pdf') throw new DossierError('VALIDATION', 'Only --format pdf is available; DOCX of generated documents comes later.');
  const maxBytes = positiveInt(args, 'max-bytes');
  const maxPages = positiveInt(args, 'max-pages');
  const { manifestPath, manifest } = await services.packets.build({
    caseId: required(args, 'case', 'ID'),
    preset: preset as PresetName,
    outDir: required(args, 'out', 'DIR'),
    skipBadExhibits: args.options['skip-bad-exhibits'] === true,
    ...(maxBytes === undefined ? {} : { maxBytes }),
    ...(maxPages === undefined ? {} : { maxPages }),
  });
  return {
    manifest: manifestPath,
    outputs: manifest.outputs.map((o) => ({ fileName: o.fileName, pages: o.pages, bytes: o.bytes })),
    skipped: manifest.skipped.map((s) => ({ exhibitId: s.exhibitId, code: s.code })),
  };
}

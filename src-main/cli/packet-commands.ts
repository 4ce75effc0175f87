import { DossierError } from '../core/errors.ts';
import { PACKET_OUTPUT_FORMATS, type PacketOptionOverrides, type PacketOutputFormat } from '../packet/plan/options.ts';
import type { LabelStyle } from '../packet/plan/labels.ts';
import { packetPresetNames, type PacketPresetName } from '../core/packet-presets.ts';
import { isPortalPreset, PACKET_PRESETS } from '../packet/plan/presets.ts';
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

/** `dossier exhibit add --case ID FILE [--title T --date D] [--exhibit EXHIBIT_ID]` */
export async function exhibitAdd(args: CliArgs, services: Services): Promise<unknown> {
  const file = args.positionals[0];
  if (file === undefined) throw new DossierError('VALIDATION', 'exhibit add needs a FILE.');
  const title = text(args, 'title');
  const date = text(args, 'date');
  const exhibitId = text(args, 'exhibit');
  const { exhibit, warnings } = await services.exhibits.importFile({
    caseId: required(args, 'case', 'ID'),
    path: file,
    ...(exhibitId === undefined ? {} : { exhibitId }),
    ...(title === undefined ? {} : { title }),
    ...(date === undefined ? {} : { date }),
  });
  return { id: exhibit.id, title: exhibit.title, pages: exhibit.pages, sha256: exhibit.sha256, warnings };
}

function wholeNumber(args: CliArgs, name: string, min: number, max: number): number | undefined {
  const value = text(args, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/u.test(value) || Number(value) < min || Number(value) > max)
    throw new DossierError('VALIDATION', `--${name} takes a whole number from ${min} to ${max}.`);
  return Number(value);
}

/** `--format pdf` or `--format pdf,docx`: the PDF volumes always, DOCX of the generated documents on request. */
function formatsOf(args: CliArgs): PacketOutputFormat[] {
  const words = (text(args, 'format') ?? 'pdf').split(',').map((w) => w.trim().toLowerCase());
  const formats = [...new Set(words)];
  if (!formats.includes('pdf') || !formats.every((f): f is PacketOutputFormat => (PACKET_OUTPUT_FORMATS as readonly string[]).includes(f)))
    throw new DossierError('VALIDATION', '--format takes pdf or pdf,docx.');
  return formats;
}

function labelStyleOf(args: CliArgs, preset: PacketPresetName): LabelStyle | undefined {
  const kind = text(args, 'labels');
  const prefix = text(args, 'bates-prefix');
  const pad = wholeNumber(args, 'bates-pad', 0, 12);
  if (kind === undefined) {
    if (prefix === undefined && pad === undefined) return undefined;
    const fallback = PACKET_PRESETS[preset].options.labelStyle;
    if (fallback.kind !== 'bates') throw new DossierError('VALIDATION', '--bates-prefix and --bates-pad go with --labels bates.');
    return { kind: 'bates', prefix: prefix ?? fallback.prefix, pad: pad ?? fallback.pad };
  }
  if (kind === 'page-of' || kind === 'p') {
    if (prefix !== undefined || pad !== undefined)
      throw new DossierError('VALIDATION', '--bates-prefix and --bates-pad go with --labels bates.');
    return kind === 'p' ? { kind: 'short' } : { kind: 'page-of' };
  }
  if (kind === 'bates') return { kind: 'bates', prefix: prefix ?? '', pad: pad ?? 6 };
  throw new DossierError('VALIDATION', `Unknown --labels "${kind.slice(0, 20)}"; use page-of, p or bates.`);
}

function overridesOf(args: CliArgs, preset: PacketPresetName): PacketOptionOverrides {
  const labelStyle = labelStyleOf(args, preset);
  const startNumber = wholeNumber(args, 'start', 1, 999_999_999);
  return {
    ...(labelStyle === undefined ? {} : { labelStyle }),
    ...(startNumber === undefined ? {} : { startNumber }),
    ...(args.options['dividers'] === true ? { dividers: true } : {}),
    ...(args.options['number-cover'] === true ? { numberCover: true } : {}),
    ...(args.options['unnumbered-list'] === true ? { numberList: false } : {}),
  };
}

/** `dossier build --case ID --preset NAME --format pdf[,docx] --out DIR [...]`: prints the manifest path. */
export async function build(args: CliArgs, services: Services): Promise<unknown> {
  const preset = required(args, 'preset', `(${packetPresetNames.join(', ')})`);
  if (!(packetPresetNames as readonly string[]).includes(preset))
    throw new DossierError('VALIDATION', `Unknown preset "${preset}"; use ${packetPresetNames.join(', ')}.`);
  const presetName = preset as PacketPresetName;
  const formats = formatsOf(args);
  const options = overridesOf(args, presetName);
  const maxBytes = positiveInt(args, 'max-bytes');
  const maxPages = positiveInt(args, 'max-pages');
  if (maxPages !== undefined && isPortalPreset(presetName))
    throw new DossierError(
      'VALIDATION',
      'The H&C application is one file per portal slot, capped in bytes only: use --max-bytes, not --max-pages.',
    );
  const { manifestPath, manifest } = await services.packets.build({
    caseId: required(args, 'case', 'ID'),
    preset: presetName,
    outDir: required(args, 'out', 'DIR'),
    skipBadExhibits: args.options['skip-bad-exhibits'] === true,
    options,
    formats,
    ...(maxBytes === undefined ? {} : { maxBytes }),
    ...(maxPages === undefined ? {} : { maxPages }),
  });
  return {
    manifest: manifestPath,
    outputs: manifest.outputs.map((o) => ({ format: o.format, fileName: o.fileName, pages: o.pages, bytes: o.bytes })),
    skipped: manifest.skipped.map((s) => ({ exhibitId: s.exhibitId, code: s.code })),
    ...(manifest.files === undefined
      ? {}
      : {
          files: manifest.files.map((f) => ({
            slot: f.group,
            fileName: f.fileName,
            pages: f.pages,
            bytes: f.bytes,
            assembledBytes: f.assembledBytes,
            changes: f.summary.en,
          })),
        }),
    ...(manifest.warnings === undefined ? {} : { warnings: manifest.warnings }),
    // With a pseudonym: where the real name is left and why (forms found, never the name).
    ...(manifest.realName === undefined ? {} : { realName: manifest.realName }),
  };
}

import type { LadderStep } from '../../core/rules/portal-rules.ts';
import type { SkipReason } from './classify.ts';
import type { FitResult } from '../report/image-changes.ts';

export type SummaryLang = 'en' | 'fr';

const NBSP = '\u00a0';

/** Sizes as the portal states its cap: 1 MB = 1,000,000 bytes, one decimal unless asked for more. */
export function formatMegabytes(bytes: number, lang: SummaryLang, decimals = 1): string {
  const value = (bytes / 1_000_000).toFixed(decimals);
  return lang === 'fr' ? `${value.replace('.', ',')}${NBSP}Mo` : `${value} MB`;
}

/** A step as words, e.g. "150 dpi greyscale, JPEG quality 55". */
export function describeStep(step: LadderStep, lang: SummaryLang): string {
  if (lang === 'fr')
    return `${step.dpi}${NBSP}ppp ${step.greyscale ? 'en niveaux de gris' : 'en couleur'}, qualité JPEG ${step.jpegQuality}`;
  return `${step.dpi} dpi ${step.greyscale ? 'greyscale' : 'colour'}, JPEG quality ${step.jpegQuality}`;
}

/**
 * One line saying what happened to the file, e.g. "12 images reduced to 150 dpi greyscale:
 * 17.3 MB → 3.8 MB." (or its French), for the app, the CLI and the manifest.
 */
export function fitSummary(result: FitResult, lang: SummaryLang): string {
  const mb = (b: number): string => formatMegabytes(b, lang);
  const colon = lang === 'fr' ? `${NBSP}:` : ':';
  if (result.changed.length === 0) {
    if (result.bytes.length === result.before && result.after === result.before) {
      return lang === 'fr'
        ? `Déjà sous la limite de ${mb(result.maxBytes)} (${mb(result.before)})${colon} rien n’a changé.`
        : `Already under the ${mb(result.maxBytes)} limit (${mb(result.before)})${colon} nothing changed.`;
    }
    return lang === 'fr'
      ? `Enregistré de façon plus compacte, aucune image modifiée${colon} ${mb(result.before)} → ${mb(result.after)}.`
      : `Saved more compactly, no image changed${colon} ${mb(result.before)} → ${mb(result.after)}.`;
  }
  const count = result.changed.length;
  const dpis = result.changed.map((c) => c.after.dpi);
  const low = Math.min(...dpis);
  const high = Math.max(...dpis);
  const dpi = low === high ? `${low}` : `${low}–${high}`;
  const greys = result.changed.filter((c) => c.after.colour === 'greyscale').length;
  if (lang === 'fr') {
    const colour = greys === count ? 'en niveaux de gris' : greys === 0 ? 'en couleur' : 'en couleur et en niveaux de gris';
    const noun = count === 1 ? 'image réduite' : 'images réduites';
    return `${count} ${noun} à ${dpi}${NBSP}ppp ${colour}${colon} ${mb(result.before)} → ${mb(result.after)}.`;
  }
  const colour = greys === count ? 'greyscale' : greys === 0 ? 'colour' : 'colour and greyscale';
  return `${count} ${count === 1 ? 'image' : 'images'} reduced to ${dpi} dpi ${colour}${colon} ${mb(result.before)} → ${mb(result.after)}.`;
}

const noted: Partial<Record<SkipReason, { en: string; fr: string }>> = {
  damaged: { en: 'damaged image data', fr: 'données d’image endommagées' },
  'unsupported-filter': { en: 'a compression Dossier cannot read', fr: 'une compression que Dossier ne sait pas lire' },
  'unsupported-colour-space': {
    en: 'a colour space Dossier cannot convert',
    fr: 'un espace colorimétrique que Dossier ne sait pas convertir',
  },
  'unsupported-depth': { en: 'a bit depth Dossier cannot convert', fr: 'une profondeur de couleur que Dossier ne sait pas convertir' },
  'decode-array': { en: 'unusual colour decoding', fr: 'un décodage des couleurs inhabituel' },
  'colour-key-mask': { en: 'colour-key transparency', fr: 'une transparence par couleur clé' },
  oversize: { en: 'too many pixels to open safely', fr: 'trop de pixels pour être ouvertes sans risque' },
};

/**
 * One line per reason images that might matter were left exactly as they were (damaged or
 * unreadable data, unusual colour); masks, 1-bit and tiny images are in the report only.
 */
export function fitNotes(result: FitResult, lang: SummaryLang): string[] {
  const counts = new Map<SkipReason, number>();
  for (const k of result.kept) counts.set(k.reason, (counts.get(k.reason) ?? 0) + 1);
  const lines: string[] = [];
  for (const [reason, count] of counts) {
    const text = noted[reason];
    if (!text) continue;
    if (lang === 'fr')
      lines.push(
        `${count} ${count === 1 ? 'image laissée' : 'images laissées'} telle${count === 1 ? '' : 's'} quelle${count === 1 ? '' : 's'}${NBSP}: ${text.fr}.`,
      );
    else lines.push(`${count} ${count === 1 ? 'image' : 'images'} left unchanged: ${text.en}.`);
  }
  return lines;
}

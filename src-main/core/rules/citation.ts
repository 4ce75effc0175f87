import { z } from 'zod';

export const instruments = [
  'IRPA',
  'IRPR',
  'IDR',
  'RPDR',
  'IA',
  'HA',
  'FCR',
  'FCIR',
  'ON-ESA',
  'BC-ESA',
  'QC-LNT',
  'QC-LFN',
  'AB-ESC',
  'NS-LSC',
  'NS-RDA',
  'NL-LSA',
  'PE-ESA',
  'NB-ESA',
  'MB-ESC',
  'SK-SEA',
  'YT-ESA',
  'NT-ESA',
  'NU-LSA',
  'PRACTICE',
  'IRCC-GUIDE',
] as const;

/** Where a rule comes from: the instrument, a pinpoint inside it, and the official address. */
export const citationSchema = z.object({
  instrument: z.enum(instruments),
  pinpoint: z.string().min(1).max(200),
  url: z.url().optional(),
});

export type Citation = z.infer<typeof citationSchema>;

/** `verified` = checked against the primary text; `unconfirmed` = our best reading, shown as such and overridable. */
export const ruleStatusSchema = z.enum(['verified', 'unconfirmed']);
export type RuleStatus = z.infer<typeof ruleStatusSchema>;

export function formatCitation(c: Citation): string {
  return `${c.instrument} ${c.pinpoint}`;
}

/** The instruments English readers know by another name than their code. */
const englishInstruments: Partial<Record<(typeof instruments)[number], string>> = {
  IDR: 'ID Rules',
  RPDR: 'RPD Rules',
  'IRCC-GUIDE': 'IRCC',
};

/** Each instrument as French writes it. */
const frenchInstruments: Readonly<Record<(typeof instruments)[number], string>> = {
  IRPA: 'LIPR',
  IRPR: 'RIPR',
  IDR: 'Règles de la SI',
  RPDR: 'Règles de la SPR',
  IA: "Loi d'interprétation",
  HA: 'Loi instituant des jours de fête légale',
  FCR: 'Règles des Cours fédérales',
  FCIR: "Règles des cours fédérales en matière de citoyenneté, d'immigration et de protection des réfugiés",
  'ON-ESA': 'LNE (Ont.)',
  'BC-ESA': 'ESA (C.-B.)',
  'QC-LNT': 'LNT (Qc)',
  'QC-LFN': 'Loi sur la fête nationale (Qc)',
  'AB-ESC': 'ESC (Alb.)',
  'NS-LSC': 'LSC (N.-É.)',
  'NS-RDA': 'RDA (N.-É.)',
  'NL-LSA': 'LSA (T.-N.-L.)',
  'PE-ESA': 'ESA (Î.-P.-É.)',
  'NB-ESA': 'Loi sur les normes d’emploi (N.-B.)',
  'MB-ESC': 'Code des normes d’emploi (Man.)',
  'SK-SEA': 'SEA (Sask.)',
  'YT-ESA': 'Loi sur les normes d’emploi (Yn)',
  'NT-ESA': 'Loi sur les normes d’emploi (T.N.-O.)',
  'NU-LSA': 'Loi sur les normes du travail (Nt)',
  PRACTICE: 'Pratique',
  'IRCC-GUIDE': 'IRCC',
};

/** The provision a pinpoint names, before any ";" (what follows in the rule data explains it). */
export const pinpointHead = (c: Citation): string => (c.pinpoint.split(';')[0] ?? '').trim();

/**
 * A citation as the language writes it: English as the rule data has it ("IRPA s.25(1.2)(c);
 * months counted under IA s.28", "ID Rules r.25(3)"); French with the instrument's French name and the provision
 * as French cites it ("LIPR, al. 25(1.2)c)", "RIPR, art. 233", "Règles de la SI, règle 25(3)"),
 * without the English explanation. A pinpoint that is not a provision number stays as written.
 */
export function citationIn(c: Citation, lang: 'en' | 'fr'): string {
  if (lang === 'en') return `${englishInstruments[c.instrument] ?? c.instrument} ${c.pinpoint}`;
  const instrument = frenchInstruments[c.instrument];
  const head = pinpointHead(c);
  const m = /^(s|r)\.(\d+(?:\.\d+)?)((?:\(\d+(?:\.\d+)?\))*)((?:\([a-z](?:\.\d+)?\))*)$/u.exec(head);
  if (!m) return `${instrument}, ${head}`;
  const [, unit = 's', section = '', subsections = '', paragraphs = ''] = m;
  const kind = paragraphs !== '' ? 'al.' : subsections !== '' ? 'par.' : unit === 'r' ? 'règle' : 'art.';
  return `${instrument}, ${kind} ${section}${subsections}${paragraphs.replace(/\(([a-z](?:\.\d+)?)\)/gu, '$1)')}`;
}

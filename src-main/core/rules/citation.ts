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

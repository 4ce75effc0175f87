import { z } from 'zod';
import { coded, fieldIssue } from '../issues/text.ts';
import { fieldIssuesOf } from '../issues/zod.ts';
import { DossierError, type FieldIssue } from '../errors.ts';
import { isoDateSchema } from '../model/dates.ts';
import { citationSchema, ruleStatusSchema } from './citation.ts';

/**
 * IRCC portal upload limits as versioned data (templates/rules/portal.json): the per-file byte
 * cap, the accepted file types, and the ladder of ever stronger image compression that fits a
 * slot's PDF under the cap. Known only from secondary sources, so shipped as `unconfirmed`.
 */

/** Scans below this resolution stop being reliably legible; the spec asks for 150–200 dpi. */
export const MIN_LADDER_DPI = 150;

const sourced = {
  title: z.string().min(1),
  citations: z.array(citationSchema).min(1),
  status: ruleStatusSchema,
};

export const ladderStepSchema = z.object({
  /** Images drawn at a higher resolution than this are resampled down to it. */
  dpi: z.number().int().min(MIN_LADDER_DPI, coded('ladderDpiTooLow')).max(600),
  /** Whether the step turns colour images grey. */
  greyscale: z.boolean(),
  jpegQuality: z.number().int().min(30).max(95),
});
export type LadderStep = z.infer<typeof ladderStepSchema>;

export const portalFileTypeSchema = z.object({
  label: z.string().min(1),
  mime: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/u),
  extensions: z.array(z.string().regex(/^\.[a-z0-9]+$/u)).min(1),
});
export type PortalFileType = z.infer<typeof portalFileTypeSchema>;

export const portalRulesSchema = z.object({
  schema: z.literal('dossier.portal-rules/1'),
  version: isoDateSchema,
  maxBytes: z.object({
    /** The largest file the portal takes, in bytes: a file fits when its size is at most this. */
    value: z.number().int().min(100_000).max(1_000_000_000),
    ...sourced,
    note: z.string().min(1),
  }),
  accepted: z.object({ ...sourced, types: z.array(portalFileTypeSchema).min(1) }),
  /** Ordered from the gentlest step to the floor: each step is at least as strong as the one before. */
  ladder: z.object({ ...sourced, steps: z.array(ladderStepSchema).min(1).max(12) }),
});
export type PortalRules = z.infer<typeof portalRulesSchema>;

const FILE = 'templates/rules/portal.json';

/** Parses portal rules; a malformed file is refused with every problem named at its field. */
export function parsePortalRules(json: unknown): PortalRules {
  const result = portalRulesSchema.safeParse(json);
  if (!result.success) refuse(fieldIssuesOf(result.error));
  const order = ladderOrderIssues(result.data.ladder.steps);
  if (order.length > 0) refuse(order);
  return result.data;
}

/** The file type the portal accepts for this file name, if any (by extension, case-insensitive). */
export function acceptedType(rules: PortalRules, fileName: string): PortalFileType | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = fileName.slice(dot).toLowerCase();
  return rules.accepted.types.find((t) => t.extensions.includes(extension));
}

function ladderOrderIssues(steps: readonly LadderStep[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  steps.forEach((step, i) => {
    const previous = steps[i - 1];
    if (!previous) return;
    const path = `ladder.steps.${i}`;
    if (step.dpi > previous.dpi) issues.push(fieldIssue(`${path}.dpi`, 'ladderDpiRises'));
    if (step.jpegQuality > previous.jpegQuality) issues.push(fieldIssue(`${path}.jpegQuality`, 'ladderQualityRises'));
    if (previous.greyscale && !step.greyscale) issues.push(fieldIssue(`${path}.greyscale`, 'ladderGreyReverts'));
    if (step.dpi === previous.dpi && step.jpegQuality === previous.jpegQuality && step.greyscale === previous.greyscale)
      issues.push(fieldIssue(path, 'ladderRepeats'));
  });
  return issues;
}

function refuse(issues: readonly FieldIssue[]): never {
  const list = issues.map((i) => `${i.path === '' ? '(file)' : i.path}: ${i.message}`).join('; ');
  throw new DossierError('VALIDATION', `The portal rules file (${FILE}) is malformed: ${list}.`, issues);
}

import { z } from 'zod';
import { DossierError } from '../../core/errors.ts';
import { coded, fieldIssue } from '../../core/issues/text.ts';

const line = z.string().trim().max(300);

/** The advocate's own professional details, printed on letterheads and signature blocks. */
export const counselProfileSchema = z.object({
  name: line.min(1, coded('counselName')),
  /** e.g. "Barrister and Solicitor", "Licensed paralegal", "Community legal worker". */
  title: line.optional(),
  /** The title as a French filing prints it, e.g. "Avocate"; the title as typed when absent. */
  titleFr: line.optional(),
  firm: line.min(1, coded('counselFirm')),
  addressLines: z.array(line.min(1)).min(1, coded('counselAddress')).max(6),
  phone: line.optional(),
  email: line.optional(),
  /** e.g. "Law Society of Ontario". */
  lawSociety: line.optional(),
  /** e.g. "Barreau de l'Ontario"; the law society as typed when absent. */
  lawSocietyFr: line.optional(),
  lawSocietyNumber: line.optional(),
  /** An image in the vault's blob store, drawn above the signature line. */
  signatureImageId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{2,63}$/u)
    .optional(),
});

export type CounselProfile = z.infer<typeof counselProfileSchema>;

/** The fields of the profile a letterhead cannot do without. */
export type CounselRequiredField = 'name' | 'firm' | 'addressLines';

/** What the letterhead still lacks: every required field of a profile, or the whole profile when there is none. */
export function missingCounselFields(profile: CounselProfile | undefined): CounselRequiredField[] | 'profile' {
  if (profile === undefined) return 'profile';
  const missing: CounselRequiredField[] = [];
  if (profile.name.trim() === '') missing.push('name');
  if (profile.firm.trim() === '') missing.push('firm');
  if (profile.addressLines.every((line) => line.trim() === '')) missing.push('addressLines');
  return missing;
}

/**
 * Raised instead of printing an empty letterhead. Its issues name what is missing, each at
 * `counselProfile.<field>` (or `counselProfile` when there is no profile), so the UI can say so
 * and offer the way to Settings → Counsel profile.
 */
export class CounselProfileMissingError extends DossierError {
  constructor(missing: CounselRequiredField[] | 'profile' = 'profile') {
    const issues =
      missing === 'profile'
        ? [fieldIssue('counselProfile', 'counselProfileEmpty')]
        : missing.map((field) => fieldIssue(`counselProfile.${field}`, 'counselProfileEmpty'));
    const named = missing === 'profile' ? 'name, firm or clinic, address' : missing.join(', ');
    super('VALIDATION', `This document needs your counsel profile. Fill in Settings → Counsel profile (${named}) and try again.`, issues);
    this.name = 'CounselProfileMissingError';
  }
}

export function requireCounsel(profile: CounselProfile | undefined): CounselProfile {
  const missing = missingCounselFields(profile);
  if (profile === undefined || missing === 'profile' || missing.length > 0) throw new CounselProfileMissingError(missing);
  return profile;
}

import { z } from 'zod';
import { DossierError } from '../../core/errors.ts';
import { coded, fieldIssue } from '../../core/issues/text.ts';

const line = z.string().trim().max(300);

/** The advocate's own professional details, printed on letterheads and signature blocks. */
export const counselProfileSchema = z.object({
  name: line.min(1, coded('counselName')),
  /** e.g. "Barrister and Solicitor", "Licensed paralegal", "Community legal worker". */
  title: line.optional(),
  firm: line.min(1, coded('counselFirm')),
  addressLines: z.array(line.min(1)).min(1, coded('counselAddress')).max(6),
  phone: line.optional(),
  email: line.optional(),
  /** e.g. "Law Society of Ontario". */
  lawSociety: line.optional(),
  lawSocietyNumber: line.optional(),
  /** An image in the vault's blob store, drawn above the signature line. */
  signatureImageId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{2,63}$/u)
    .optional(),
});

export type CounselProfile = z.infer<typeof counselProfileSchema>;

/** Raised instead of printing an empty letterhead. */
export class CounselProfileMissingError extends DossierError {
  constructor() {
    super(
      'VALIDATION',
      'This document needs your counsel profile. Fill in Settings → Counsel profile (name, firm or clinic, address) and try again.',
      [fieldIssue('counselProfile', 'counselProfileEmpty')],
    );
    this.name = 'CounselProfileMissingError';
  }
}

export function requireCounsel(profile: CounselProfile | undefined): CounselProfile {
  if (profile === undefined || profile.name.trim() === '' || profile.firm.trim() === '') throw new CounselProfileMissingError();
  return profile;
}

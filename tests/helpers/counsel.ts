import type { CounselProfile } from '../../src-main/documents/builders/counsel-profile.ts';

/** Fictional: the clinic, the counsel and every number are invented. */
export const counsel: CounselProfile = {
  name: 'Adaeze Okafor',
  title: 'Barrister and Solicitor',
  firm: 'Harbourfront Community Legal Clinic',
  addressLines: ['200 Queens Quay West, Suite 410', 'Toronto, Ontario  M5J 2Y5'],
  phone: '416-555-0142',
  lawSociety: 'Law Society of Ontario',
  lawSocietyNumber: '71234P',
};

type OptionalDetail = Exclude<keyof CounselProfile, 'name' | 'firm' | 'addressLines'>;

/** The same counsel with some optional details left out, as a profile filled in only in part. */
export function counselWithout(...details: readonly OptionalDetail[]): CounselProfile {
  const profile: CounselProfile = { ...counsel };
  for (const detail of details) delete profile[detail];
  return profile;
}

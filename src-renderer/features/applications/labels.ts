import type { TFunction } from 'i18next';

/** Where a fact that suggests an r.45 application is recorded, in the UI language (paths are case paths). */
export function evidenceLabel(t: TFunction, path: string): string {
  if (path.startsWith('timeline.')) return t('applications.evidence.timeline');
  if (path.startsWith('detention.hearings.')) return t('applications.evidence.hearing');
  if (path.startsWith('client.statusHistory.')) return t('applications.evidence.status');
  if (path.startsWith('client.entries') || path.startsWith('hc.claimDate')) return t('applications.evidence.claim');
  return t('applications.evidence.matter');
}

/** Paragraphs typed in one box, one reason each, separated by a blank line. */
export function reasonsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Dates typed as "2026-04-20, 2026-04-21": the list the schema checks one by one. */
export function datesOf(text: string): string[] {
  return text
    .split(/[,\s]+/u)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

import type { TFunction } from 'i18next';
import { formatDay, formatZoned } from '../detention/zoned.ts';
import type { Target, TargetKind } from './kinds.ts';

/** A target named in the UI language: a statement by its title, a person by name, a hearing by kind and date, a service record by what was served on whom. */
export function targetLabel(t: TFunction, language: string, target: Target): string {
  switch (target.kind) {
    case 'statement':
      return target.into === undefined ? target.title : `${target.title} (${t(`statements.targetLangs.${target.into}`)})`;
    case 'person': {
      const latin = [target.familyName.toLocaleUpperCase('und'), target.givenNames].filter((p) => p.trim() !== '').join(' ');
      return latin || target.inScript || t('releasePlan.unnamed');
    }
    case 'hearing':
      return t('documents.hearingLabel', {
        type: t(`detention.hearingTypes.${target.type}`),
        when: formatZoned(target.scheduled, language),
      });
    case 'service':
      return t('documents.serviceLabel', { document: target.document, servedOn: target.servedOn });
    case 'application':
      return target.filedOn === ''
        ? t(`applications.status.${target.status}`)
        : t('applications.targetLabel', { status: t(`applications.status.${target.status}`), filed: formatDay(target.filedOn, language) });
  }
}

/** What the picker's first choice does when nothing is chosen: the builder's own default. */
export function defaultTargetLabel(t: TFunction, kind: TargetKind): string {
  return t(`documents.defaultTarget.${kind}`);
}

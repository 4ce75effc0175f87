import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import { placeFactsOf } from '../../../src-main/core/rules/input.ts';
import { chooseRegion, type RegionMismatch } from '../../../src-main/core/rules/region-choice.ts';
import { caseZone } from './deadlines.ts';

type RegionName = (code: string) => string;

/** One disagreement in the UI language, each side named. */
function mismatchValues(m: RegionMismatch, region: RegionName): Record<string, string> {
  switch (m.kind) {
    case 'chosen-place':
      return { chosen: region(m.chosen), place: region(m.place) };
    case 'facility-name':
      return { facility: region(m.facility), named: region(m.named) };
    case 'zone-place':
      return { tz: m.tz, place: region(m.place) };
    case 'zone-chosen':
      return { tz: m.tz, chosen: region(m.chosen) };
    case 'irb':
      return { irb: m.irbRegion, region: region(m.region) };
  }
}

/**
 * Which holidays the review clock counts and why: the province the place names (facility,
 * city, hearing place) before the time zone, counsel's choice before both; every disagreement
 * between them, and a zone several provinces share, said in so many words.
 */
export function HolidayCalendarNotice({ value }: { readonly value: Pick<Case, 'detention' | 'matter'> }) {
  const { t } = useTranslation();
  const tz = caseZone(value);
  const choice = chooseRegion(placeFactsOf(value, tz === 'UTC' ? undefined : tz, value.detention.deadlineSettings.holidayRegion));
  const region: RegionName = (code) => t(`detention.holidayRegions.${code}`);
  const uncertain = choice.source === 'none' || choice.sharedZone !== undefined || choice.mismatches.length > 0;
  return (
    <div className={`notice ${uncertain ? 'notice-warning' : 'notice-info'}`} data-testid="holiday-calendar" data-region={choice.region}>
      <p>
        <strong>{t('clock.calendar')}</strong>{' '}
        {t('clock.calendarUsed', { region: region(choice.region), source: t(`clock.sources.${choice.source}`) })}
      </p>
      {choice.sharedZone ? <p>{t('clock.sharedZone', { tz, others: choice.sharedZone.map(region).join(', ') })}</p> : null}
      {choice.mismatches.length > 0 ? (
        <ul>
          {choice.mismatches.map((m) => (
            <li key={m.kind} data-testid="region-mismatch" data-kind={m.kind}>
              {t(`clock.mismatch.${m.kind}`, mismatchValues(m, region))}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

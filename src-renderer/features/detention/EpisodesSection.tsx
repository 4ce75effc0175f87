import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetentionEpisode } from '../../../src-main/core/model/case.ts';
import { CheckboxField, SelectField, TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { timeInDetention } from './days.ts';
import { toggledInOrder, withNone, type SectionProps } from './edit.ts';
import { newId } from '../../case-edit/ids.ts';
import {
  authorities,
  endReasons,
  facilityProvinces,
  facilityTypes,
  groundParagraph,
  grounds,
  irbRegions,
  startSources,
} from './options.ts';
import { useNow } from './use-now.ts';
import { ZonedDateTimeField } from './ZonedDateTimeField.tsx';
import { formatDay, withZone, zoneLabel, zoneOptions } from './zoned.ts';

type Facility = NonNullable<DetentionEpisode['facility']>;
type FacilityType = Facility['type'];

const noFacility: Facility = { name: '', type: 'IHC', tz: '' };

function newEpisode(): DetentionEpisode {
  return { id: newId('episode'), start: { utc: '', tz: '' }, grounds: [], designatedForeignNational: false };
}

/** Sets part of the facility; a facility with nothing in it is left out (the schema needs its zone once it exists). */
function withFacility(episode: DetentionEpisode, patch: Partial<Facility>): DetentionEpisode {
  const facility = { ...(episode.facility ?? noFacility), ...patch };
  const empty =
    facility.name.trim() === '' &&
    facility.tz === '' &&
    facility.type === noFacility.type &&
    (facility.city ?? '') === '' &&
    facility.province === undefined;
  const next = withOptional(episode, 'facility', empty ? undefined : facility);
  // The detention's own zone follows the facility's until it is chosen.
  return patch.tz !== undefined && patch.tz !== '' && episode.start.tz === ''
    ? { ...next, start: withZone(episode.start, patch.tz) }
    : next;
}

export function EpisodesSection({ detention, update, errorAt }: SectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const setEpisode = (i: number, episode: DetentionEpisode) => update((d) => ({ ...d, episodes: replaceAt(d.episodes, i, episode) }));
  return (
    <section className="card form-section" aria-labelledby={titleId} data-field="detention.episodes">
      <h2 id={titleId}>{t('detention.episodes')}</h2>
      <RowList
        title={t('detention.episodesList')}
        description={t('detention.episodesHint')}
        items={detention.episodes}
        rowLabel={(i) => t('detention.episodeN', { n: i + 1 })}
        addLabel={t('detention.addEpisode')}
        onAdd={() => update((d) => ({ ...d, episodes: [...d.episodes, newEpisode()] }))}
        onRemove={(i) => update((d) => ({ ...d, episodes: removeAt(d.episodes, i) }))}
        error={errorAt('episodes')}
        emptyText={t('detention.noEpisodes')}
        renderRow={(episode, i) => (
          <EpisodeFields episode={episode} onChange={(next) => setEpisode(i, next)} errorAt={under(errorAt, `episodes.${i}`)} />
        )}
      />
    </section>
  );
}

function EpisodeFields({
  episode,
  onChange,
  errorAt,
}: {
  readonly episode: DetentionEpisode;
  readonly onChange: (episode: DetentionEpisode) => void;
  readonly errorAt: ErrorAt;
}) {
  const { t, i18n } = useTranslation();
  const groundsId = useId();
  const facility = episode.facility ?? noFacility;
  const zone = episode.start.tz;
  return (
    <>
      <ZonedDateTimeField
        legend={t('detention.start')}
        hint={t('detention.startHint')}
        value={episode.start}
        onChange={(start) => onChange({ ...episode, start: start ?? { utc: '', tz: zone } })}
        errorAt={under(errorAt, 'start')}
        defaultZone={facility.tz}
        required
      />
      <div className="field-row">
        <SelectField<NonNullable<DetentionEpisode['startSource']> | ''>
          label={t('detention.startSource')}
          value={episode.startSource ?? ''}
          options={withNone(t('detention.notRecorded'), startSources, (v) => t(`detention.startSources.${v}`))}
          onChange={(v) => onChange(withOptional(episode, 'startSource', v === '' ? undefined : v))}
          size="long"
        />
        <SelectField<NonNullable<DetentionEpisode['authority']> | ''>
          label={t('detention.authority')}
          value={episode.authority ?? ''}
          options={withNone(t('detention.notRecorded'), authorities, (v) => t(`detention.authorities.${v}`))}
          onChange={(v) => onChange(withOptional(episode, 'authority', v === '' ? undefined : v))}
          size="long"
        />
      </div>
      <fieldset className="choice-fieldset" aria-describedby={`${groundsId}-hint`}>
        <legend>{t('detention.grounds')}</legend>
        <p id={`${groundsId}-hint`} className="field-hint">
          {t('detention.groundsHint')}
        </p>
        <div className="checkbox-column">
          {grounds.map((ground) => (
            <CheckboxField
              key={ground}
              label={t('detention.groundLabel', { label: t(`detention.groundNames.${ground}`), letter: groundParagraph[ground] })}
              checked={episode.grounds.includes(ground)}
              onChange={(checked) => onChange({ ...episode, grounds: toggledInOrder(grounds, episode.grounds, ground, checked) })}
            />
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <TextField
          label={t('detention.facilityName')}
          value={facility.name}
          onChange={(name) => onChange(withFacility(episode, { name }))}
          error={errorAt('facility.name')}
          dir="auto"
          size="long"
        />
        <SelectField<FacilityType>
          label={t('detention.facilityType')}
          value={facility.type}
          options={facilityTypes.map((v) => ({ value: v, label: t(`detention.facilityTypes.${v}`) }))}
          onChange={(type) => onChange(withFacility(episode, { type }))}
          size="medium"
        />
        <SelectField<string>
          label={t('detention.facilityZone')}
          value={facility.tz}
          options={[
            { value: '', label: t('detention.chooseZone') },
            ...zoneOptions(facility.tz).map((tz) => ({ value: tz, label: zoneLabel(tz, i18n.language) })),
          ]}
          onChange={(tz) => onChange(withFacility(episode, { tz }))}
          error={errorAt('facility.tz')}
          size="long"
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('clock.facilityCity')}
          value={facility.city ?? ''}
          onChange={(city) => onChange(withFacility(episode, { city: city === '' ? undefined : city }))}
          error={errorAt('facility.city')}
          size="medium"
        />
        <SelectField<NonNullable<Facility['province']> | ''>
          label={t('clock.facilityProvince')}
          value={facility.province ?? ''}
          options={withNone(t('clock.notRecorded'), facilityProvinces, (v) => t(`detention.holidayRegions.${v}`))}
          onChange={(v) => onChange(withFacility(episode, { province: v === '' ? undefined : v }))}
          error={errorAt('facility.province')}
          size="long"
        />
      </div>
      <div className="field-row">
        <SelectField<NonNullable<DetentionEpisode['region']> | ''>
          label={t('detention.irbRegion')}
          value={episode.region ?? ''}
          options={withNone(t('detention.notRecorded'), irbRegions, (v) => t(`detention.irbRegions.${v}`))}
          onChange={(v) => onChange(withOptional(episode, 'region', v === '' ? undefined : v))}
          size="medium"
        />
        <div className="field field-long align-self-end">
          <CheckboxField
            label={t('detention.designated')}
            checked={episode.designatedForeignNational}
            onChange={(designatedForeignNational) => onChange({ ...episode, designatedForeignNational })}
          />
        </div>
      </div>
      <ZonedDateTimeField
        legend={t('detention.end')}
        hint={t('detention.endHint')}
        value={episode.end}
        onChange={(end) => onChange(withOptional(episode, 'end', end))}
        errorAt={under(errorAt, 'end')}
        defaultZone={zone}
      />
      <SelectField<NonNullable<DetentionEpisode['endReason']> | ''>
        label={t('detention.endReason')}
        value={episode.endReason ?? ''}
        options={withNone(t('detention.notRecorded'), endReasons, (v) => t(`detention.endReasons.${v}`))}
        onChange={(v) => onChange(withOptional(episode, 'endReason', v === '' ? undefined : v))}
        size="long"
      />
      <DaysInDetention episode={episode} language={i18n.language} />
    </>
  );
}

function DaysInDetention({ episode, language }: { readonly episode: DetentionEpisode; readonly language: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const span = timeInDetention(episode.start, episode.end, now);
  if (!span) return null;
  const values = { count: span.days, hours: span.hours, from: formatDay(span.from, language), to: formatDay(span.to, language) };
  return (
    <p className="detention-days" data-testid="days-in-detention">
      {span.ongoing ? t('detention.daysOngoing', values) : t('detention.daysEnded', values)}
    </p>
  );
}

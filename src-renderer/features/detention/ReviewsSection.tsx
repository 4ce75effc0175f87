import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../src-main/core/model/case.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { CodePicker } from '../../components/CodePicker.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { detentionZone, toggledInOrder, withNone, type Detention, type SectionProps } from './edit.ts';
import { newId } from '../../case-edit/ids.ts';
import { checkInterpreter, languageLabel, spokenName } from './interpreter.ts';
import { useLanguageNames } from './language-names.ts';
import { framings, hearingModes, hearingTypes, outcomes } from './options.ts';
import { ZonedDateTimeField } from './ZonedDateTimeField.tsx';
import { ReservedDecisionFields } from '../records/ReservedDecisionFields.tsx';
import { formatZoned } from './zoned.ts';

type HearingType = Hearing['type'];

/** The review a new row most likely is: the 48-hour review first, then the 7-day review, then 30-day reviews. */
export function suggestedType(detention: Detention): HearingType {
  const types = new Set(detention.hearings.map((h) => h.type));
  if (!types.has('48H')) return '48H';
  if (!types.has('7D')) return '7D';
  return '30D';
}

/** A new review: the next type due, the detention's zone, and the language the client asked an interpreter for last time. */
function newReview(detention: Detention): Hearing {
  const language = detention.hearings.at(-1)?.interpreterRequested;
  return {
    id: newId('review'),
    type: suggestedType(detention),
    scheduled: { utc: '', tz: detentionZone(detention) },
    ministerFramings: [],
    ...(language === undefined ? {} : { interpreterRequested: language }),
  };
}

export function ReviewsSection({ detention, update, errorAt }: SectionProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const setReview = (i: number, review: Hearing) => update((d) => ({ ...d, hearings: replaceAt(d.hearings, i, review) }));
  return (
    <section className="card form-section" aria-labelledby={titleId} data-field="detention.hearings">
      <h2 id={titleId}>{t('detention.reviews')}</h2>
      <RowList
        title={t('detention.reviewsList')}
        description={t('detention.reviewsHint')}
        items={detention.hearings}
        rowLabel={(i) => t('detention.reviewN', { n: i + 1 })}
        addLabel={t('detention.addReview')}
        onAdd={() => update((d) => ({ ...d, hearings: [...d.hearings, newReview(d)] }))}
        onRemove={(i) => update((d) => ({ ...d, hearings: removeAt(d.hearings, i) }))}
        error={errorAt('hearings')}
        emptyText={t('detention.noReviews')}
        renderRow={(review, i) => (
          <ReviewFields
            review={review}
            detention={detention}
            onChange={(next) => setReview(i, next)}
            errorAt={under(errorAt, `hearings.${i}`)}
            language={i18n.language}
          />
        )}
      />
    </section>
  );
}

function ReviewFields({
  review,
  detention,
  onChange,
  errorAt,
  language,
}: {
  readonly review: Hearing;
  readonly detention: Detention;
  readonly onChange: (review: Hearing) => void;
  readonly errorAt: ErrorAt;
  readonly language: string;
}) {
  const { t } = useTranslation();
  const framingsId = useId();
  const names = useLanguageNames();
  const zone = review.scheduled.tz !== '' ? review.scheduled.tz : detentionZone(detention, review.episodeId);
  const interpreter = checkInterpreter(review.interpreterRequested, review.interpreterProvided);
  const setTag = (key: 'interpreterRequested' | 'interpreterProvided') => (text: string) => onChange(withOptional(review, key, text));
  const tagNote = (tag: string | undefined) =>
    tag ? (languageLabel(tag, names) ?? t('detention.unknownLanguage')) : t('detention.langTagHint');
  const episodes = detention.episodes;

  return (
    <>
      <div className="field-row">
        <SelectField<HearingType>
          label={t('detention.reviewType')}
          value={review.type}
          options={hearingTypes.map((v) => ({ value: v, label: t(`detention.hearingTypes.${v}`) }))}
          onChange={(type) => onChange({ ...review, type })}
          error={errorAt('type')}
          size="long"
        />
        {episodes.length > 1 ? (
          <SelectField<string>
            label={t('detention.reviewEpisode')}
            value={review.episodeId ?? episodes[0]?.id ?? ''}
            options={episodes.map((e, n) => ({
              value: e.id,
              label: t('detention.episodeChoice', { n: n + 1, start: formatZoned(e.start, language) || t('detention.notRecorded') }),
            }))}
            onChange={(episodeId) => onChange({ ...review, episodeId })}
            error={errorAt('episodeId')}
            size="long"
          />
        ) : null}
      </div>
      <ZonedDateTimeField
        legend={t('detention.scheduled')}
        value={review.scheduled}
        onChange={(scheduled) => onChange({ ...review, scheduled: scheduled ?? { utc: '', tz: zone } })}
        errorAt={under(errorAt, 'scheduled')}
        defaultZone={zone}
        required
      />
      <div className="field-row">
        <SelectField<NonNullable<Hearing['mode']> | ''>
          label={t('detention.mode')}
          value={review.mode ?? ''}
          options={withNone(t('detention.notRecorded'), hearingModes, (v) => t(`detention.modes.${v}`))}
          onChange={(v) => onChange(withOptional(review, 'mode', v === '' ? undefined : v))}
          size="medium"
        />
        <TextField
          label={t('detention.member')}
          value={review.member ?? ''}
          onChange={(v) => onChange(withOptional(review, 'member', v))}
          error={errorAt('member')}
          dir="auto"
          size="medium"
        />
        <TextField
          label={t('detention.ministersCounsel')}
          value={review.ministersCounsel ?? ''}
          onChange={(v) => onChange(withOptional(review, 'ministersCounsel', v))}
          error={errorAt('ministersCounsel')}
          dir="auto"
          size="medium"
        />
      </div>
      <div className="field-row">
        <CodePicker
          kind="language"
          label={t('detention.interpreterRequested')}
          emptyNote={t('detention.langTagHint')}
          value={review.interpreterRequested ?? ''}
          onChange={setTag('interpreterRequested')}
          error={errorAt('interpreterRequested')}
          size="medium"
        />
        <CodePicker
          kind="language"
          label={t('detention.interpreterProvided')}
          emptyNote={t('detention.langTagHint')}
          value={review.interpreterProvided ?? ''}
          onChange={setTag('interpreterProvided')}
          error={errorAt('interpreterProvided')}
          size="medium"
        />
      </div>
      {interpreter.kind === 'language' || interpreter.kind === 'dialect' ? (
        <p className="detention-interpreter-flag" data-testid="interpreter-flag">
          <span aria-hidden="true">⚠ </span>
          {t(interpreter.kind === 'language' ? 'detention.interpreterMismatch' : 'detention.interpreterDialect', {
            provided: interpreter.kind === 'language' ? spokenName(interpreter.provided, names) : tagNote(interpreter.provided),
            requested: interpreter.kind === 'language' ? spokenName(interpreter.requested, names) : tagNote(interpreter.requested),
          })}
        </p>
      ) : null}
      <TextAreaField
        label={t('detention.interpreterIssues')}
        value={review.interpreterIssues ?? ''}
        onChange={(v) => onChange(withOptional(review, 'interpreterIssues', v))}
        error={errorAt('interpreterIssues')}
        rows={2}
        size="long"
      />
      <fieldset className="choice-fieldset" aria-describedby={`${framingsId}-hint`}>
        <legend>{t('detention.framings')}</legend>
        <p id={`${framingsId}-hint`} className="field-hint">
          {t('detention.framingsHint')}
        </p>
        <div className="checkbox-row">
          {framings.map((framing) => (
            <CheckboxField
              key={framing}
              label={t(`detention.framingNames.${framing}`)}
              checked={review.ministerFramings.includes(framing)}
              onChange={(checked) =>
                onChange({ ...review, ministerFramings: toggledInOrder(framings, review.ministerFramings, framing, checked) })
              }
            />
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <SelectField<NonNullable<Hearing['outcome']> | ''>
          label={t('detention.outcome')}
          value={review.outcome ?? ''}
          options={withNone(t('detention.noOutcome'), outcomes, (v) => t(`detention.outcomes.${v}`))}
          onChange={(v) => onChange(withOptional(review, 'outcome', v === '' ? undefined : v))}
          size="long"
        />
        <TextField
          label={t('detention.writtenReasonsRequested')}
          value={review.writtenReasonsRequestedAt ?? ''}
          onChange={(v) => onChange(withOptional(review, 'writtenReasonsRequestedAt', v.trim()))}
          error={errorAt('writtenReasonsRequestedAt')}
          placeholder="YYYY-MM-DD"
          size="medium"
        />
      </div>
      <ReservedDecisionFields review={review} onChange={onChange} errorAt={errorAt} />
      <details className="sitting-times" open={Boolean(review.startedAt ?? review.decisionAt ?? review.orderSignedAt)}>
        <summary>{t('detention.sittingTimes')}</summary>
        {(['startedAt', 'decisionAt', 'orderSignedAt'] as const).map((key) => (
          <ZonedDateTimeField
            key={key}
            legend={t(`detention.${key}`)}
            value={review[key]}
            onChange={(at) => onChange(withOptional(review, key, at))}
            errorAt={under(errorAt, key)}
            defaultZone={zone}
          />
        ))}
      </details>
      <TextAreaField
        label={t('detention.notes')}
        value={review.notes ?? ''}
        onChange={(v) => onChange(withOptional(review, 'notes', v))}
        error={errorAt('notes')}
        rows={2}
        size="long"
      />
    </>
  );
}

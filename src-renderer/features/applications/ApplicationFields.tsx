import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { privacyGrounds, privacyReliefs, type IdApplication } from '../../../src-main/core/model/applications.ts';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { DeadlineDto } from '../../../src-main/ipc/contract.ts';
import { withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { legalText } from '../detention/deadline-text.ts';
import { toggledInOrder } from '../detention/edit.ts';
import { formatDay, formatZoned } from '../detention/zoned.ts';
import { useCite } from '../../i18n/cite.ts';
import { datesOf, reasonsOf } from './labels.ts';
import { WitnessInfoFields } from './WitnessInfoFields.tsx';

export interface ApplicationFieldsProps {
  readonly app: IdApplication;
  readonly draft: Case;
  readonly kindOptions: readonly { value: IdApplication['kind']; label: string }[];
  readonly statusOptions: readonly { value: IdApplication['status']; label: string }[];
  readonly onChange: (app: IdApplication) => void;
  readonly errorAt: ErrorAt;
  readonly limit: DeadlineDto | undefined;
  /** The record's case path: a document refused for one of its fields brings focus to the row. */
  readonly path: string;
}

/** One application: what it is, where it stands, what it rests on, and its time limit from the rule data. */
export function ApplicationFields({ app, draft, kindOptions, statusOptions, onChange, errorAt, limit, path }: ApplicationFieldsProps) {
  const { t, i18n } = useTranslation();
  const cite = useCite();
  const language = i18n.language;
  // The reasons are typed as paragraphs; the box keeps what is typed, the case gets the paragraphs.
  const [reasons, setReasons] = useState(app.reasons.join('\n\n'));
  const [dates, setDates] = useState(app.proposedDates.join(', '));
  const hearings = [...draft.detention.hearings].sort((a, b) => a.scheduled.utc.localeCompare(b.scheduled.utc));
  const hearingOptions = [
    { value: '', label: t('applications.hearingNext') },
    ...hearings.map((h) => ({ value: h.id, label: `${t(`detention.hearingTypes.${h.type}`)}, ${formatZoned(h.scheduled, language)}` })),
  ];
  const isPrivacy = app.kind === 'private-proceeding';
  return (
    <>
      <div className="field-row" data-field={path}>
        <SelectField
          label={t('applications.kind')}
          value={app.kind}
          options={kindOptions}
          onChange={(kind) => onChange({ ...app, kind })}
          error={errorAt('kind')}
          size="long"
        />
        <SelectField
          label={t('applications.statusLabel')}
          value={app.status}
          options={statusOptions}
          onChange={(status) => onChange({ ...app, status })}
          error={errorAt('status')}
        />
      </div>
      {app.kind === 'early-review' ? (
        <p className="field-hint">{t('applications.earlyReviewHint')}</p>
      ) : (
        <SelectField
          label={t('applications.hearing')}
          value={app.hearingId ?? ''}
          options={hearingOptions}
          onChange={(id) => onChange(withOptional(app, 'hearingId', id === '' ? undefined : id))}
          error={errorAt('hearingId')}
          size="long"
        />
      )}
      <div className="field-row">
        <TextField
          label={t('applications.filedOn')}
          hint={t('applications.filedHint')}
          value={app.filedOn ?? ''}
          onChange={(v) => onChange(withOptional(app, 'filedOn', v.trim()))}
          error={errorAt('filedOn')}
          placeholder="YYYY-MM-DD"
          size="medium"
        />
        <TextField
          label={t('applications.decidedOn')}
          value={app.decidedOn ?? ''}
          onChange={(v) => onChange(withOptional(app, 'decidedOn', v.trim()))}
          error={errorAt('decidedOn')}
          placeholder="YYYY-MM-DD"
          size="medium"
        />
      </div>
      <TextAreaField
        label={t('applications.decision')}
        value={app.decision ?? ''}
        onChange={(v) => onChange(withOptional(app, 'decision', v))}
        error={errorAt('decision')}
        rows={2}
      />
      {isPrivacy ? (
        <>
          <fieldset className="checkbox-group" data-field="grounds">
            <legend>{t('applications.groundsLegend')}</legend>
            {privacyGrounds.map((g) => (
              <CheckboxField
                key={g}
                label={t(`applications.grounds.${g}`)}
                checked={app.grounds.includes(g)}
                onChange={(on) => onChange({ ...app, grounds: toggledInOrder(privacyGrounds, app.grounds, g, on) })}
              />
            ))}
            {errorAt('grounds') ? <p className="field-error">{errorAt('grounds')}</p> : null}
          </fieldset>
          <fieldset className="checkbox-group" data-field="relief">
            <legend>{t('applications.reliefLegend')}</legend>
            {privacyReliefs.map((r) => (
              <CheckboxField
                key={r}
                label={t(`applications.relief.${r}`)}
                checked={app.relief.includes(r)}
                onChange={(on) => onChange({ ...app, relief: toggledInOrder(privacyReliefs, app.relief, r, on) })}
              />
            ))}
          </fieldset>
          <CheckboxField
            label={t('applications.inPrivate')}
            checked={app.hearApplicationInPrivate}
            onChange={(hearApplicationInPrivate) => onChange({ ...app, hearApplicationInPrivate })}
          />
        </>
      ) : null}
      {app.kind === 'interpreter' ? (
        <div className="field-row">
          <TextField
            label={t('applications.language')}
            hint={t('applications.languageHint')}
            value={app.language ?? ''}
            onChange={(v) => onChange(withOptional(app, 'language', v.trim()))}
            error={errorAt('language')}
            size="medium"
          />
          <TextField
            label={t('applications.dialect')}
            value={app.dialect ?? ''}
            onChange={(v) => onChange(withOptional(app, 'dialect', v))}
            error={errorAt('dialect')}
            size="medium"
          />
        </div>
      ) : null}
      {app.kind === 'change-date' ? (
        <TextField
          label={t('applications.proposedDates')}
          hint={t('applications.proposedHint')}
          value={dates}
          onChange={(v) => {
            setDates(v);
            onChange({ ...app, proposedDates: datesOf(v) });
          }}
          error={errorAt('proposedDates') ?? errorAt('proposedDates.0')}
          size="long"
        />
      ) : null}
      {app.kind === 'witnesses' || app.kind === 'summons' ? (
        <TextField
          label={t('applications.witness')}
          value={app.witness ?? ''}
          onChange={(v) => onChange(withOptional(app, 'witness', v))}
          error={errorAt('witness')}
          size="long"
        />
      ) : null}
      {app.kind === 'witnesses' ? <WitnessInfoFields app={app} onChange={onChange} errorAt={errorAt} /> : null}
      {app.kind === 'early-review' ? null : (
        <TextAreaField
          label={t(app.kind === 'witnesses' ? 'applicationsMore.further' : 'applications.reasons')}
          hint={t('applications.reasonsHint')}
          value={reasons}
          onChange={(v) => {
            setReasons(v);
            onChange({ ...app, reasons: reasonsOf(v) });
          }}
          error={errorAt('reasons')}
          rows={4}
        />
      )}
      <fieldset className="checkbox-group" data-field="serviceIds">
        <legend>{t('applications.served')}</legend>
        {draft.detention.service.length === 0 ? <p className="field-hint">{t('applications.servedNone')}</p> : null}
        {draft.detention.service.map((r) => (
          <CheckboxField
            key={r.id}
            label={t('applications.servedOn', { document: r.document, servedOn: r.servedOn, at: formatZoned(r.at, language) })}
            checked={app.serviceIds.includes(r.id)}
            onChange={(on) => onChange({ ...app, serviceIds: on ? [...app.serviceIds, r.id] : app.serviceIds.filter((id) => id !== r.id) })}
          />
        ))}
      </fieldset>
      <p className="field-hint" data-testid="application-limit">
        {limit
          ? t(limit.satisfiedBy ? 'applications.limitMet' : 'applications.limit', {
              due: legalText(t, limit, language),
              office: formatDay(limit.dueOffice, language),
              rule: cite(limit.basis),
            })
          : t('applications.noLimit')}
      </p>
    </>
  );
}

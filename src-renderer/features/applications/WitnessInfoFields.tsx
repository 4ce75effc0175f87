import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { witnessMeans, type IdApplication, type WitnessMeans } from '../../../src-main/core/model/applications.ts';
import { withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { NumberField } from '../../components/NumberField.tsx';

export interface WitnessInfoFieldsProps {
  readonly app: IdApplication;
  readonly onChange: (app: IdApplication) => void;
  readonly errorAt: ErrorAt;
}

/**
 * The witness information ID Rule 32(1) requires, one field per item: (a) the purpose and substance
 * of the testimony (an expert's summary), (b) the minutes it needs, (c) the relationship, (d) whether
 * the witness is an expert and their qualifications, (e) in person, by videoconference or by telephone.
 */
export function WitnessInfoFields({ app, onChange, errorAt }: WitnessInfoFieldsProps) {
  const { t } = useTranslation();
  // The testimony keeps its blank lines as typed: the document prints one paragraph per block.
  const [testimony, setTestimony] = useState(app.testimony ?? '');
  const meansOptions: readonly { value: WitnessMeans | ''; label: string }[] = [
    { value: '', label: t('applicationsMore.meansChoose') },
    ...witnessMeans.map((m) => ({ value: m, label: t(`applicationsMore.means.${m}`) })),
  ];
  return (
    <fieldset className="group-box" data-field="witnessInfo">
      <legend>{t('applicationsMore.witnessLegend')}</legend>
      <TextAreaField
        label={t(app.expertWitness === true ? 'applicationsMore.testimonyExpert' : 'applicationsMore.testimony')}
        hint={t('applicationsMore.testimonyHint')}
        value={testimony}
        onChange={(v) => {
          setTestimony(v);
          onChange(withOptional(app, 'testimony', v.trim() === '' ? undefined : v));
        }}
        error={errorAt('testimony')}
        rows={4}
      />
      <div className="field-row">
        <NumberField
          label={t('applicationsMore.minutes')}
          value={app.testimonyMinutes}
          onChange={(n) => onChange(withOptional(app, 'testimonyMinutes', n))}
          error={errorAt('testimonyMinutes')}
          className="field-short"
        />
        <SelectField
          label={t('applicationsMore.meansLabel')}
          value={app.witnessMeans ?? ''}
          options={meansOptions}
          onChange={(m) => onChange(withOptional(app, 'witnessMeans', m === '' ? undefined : m))}
          error={errorAt('witnessMeans')}
          size="medium"
        />
      </div>
      <TextField
        label={t('applicationsMore.relationship')}
        hint={t('applicationsMore.relationshipHint')}
        value={app.witnessRelationship ?? ''}
        onChange={(v) => onChange(withOptional(app, 'witnessRelationship', v))}
        error={errorAt('witnessRelationship')}
        size="long"
      />
      <CheckboxField
        label={t('applicationsMore.expert')}
        checked={app.expertWitness === true}
        onChange={(on) => onChange(withOptional(app, 'expertWitness', on ? true : undefined))}
      />
      {app.expertWitness === true ? (
        <TextAreaField
          label={t('applicationsMore.qualifications')}
          value={app.expertQualifications ?? ''}
          onChange={(v) => onChange(withOptional(app, 'expertQualifications', v.trim() === '' ? undefined : v))}
          error={errorAt('expertQualifications')}
          rows={3}
        />
      ) : null}
    </fieldset>
  );
}

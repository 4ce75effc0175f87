import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineCategories, type Exhibit, type TimelineCategory, type TimelineEvent } from '../../../src-main/core/model/case.ts';
import type { TimelineEntry } from '../../../src-main/core/timeline/entries.ts';
import { localToday } from '../../../src-main/core/model/dates.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { AccountsField } from './AccountsField.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { errorsUnder, validateEvent, type FormErrors } from './event-draft.ts';
import { categoryLabel, gregorianText } from './labels.ts';
import { RelativeField } from './RelativeField.tsx';
import { SourcesField } from './SourcesField.tsx';
import { WordsField } from './WordsField.tsx';

const milestones = ['', 'detention-start', 'release', 'departure', 'removal'] as const;
type MilestoneChoice = (typeof milestones)[number];

export interface EventFormProps {
  readonly draft: TimelineEvent;
  readonly isNew: boolean;
  readonly exhibits: readonly Exhibit[];
  /** The timeline as shown, for choosing the event this one is shortly before or after. */
  readonly entries: readonly TimelineEntry[];
  /** Every draft change, so a form closed by Escape can be reopened as it was. */
  readonly onDraft: (draft: TimelineEvent) => void;
  readonly onSave: (event: TimelineEvent) => void;
  /** Closed without saving: the draft is kept. */
  readonly onClose: () => void;
  /** Cancel: the draft is dropped. */
  readonly onDiscard: () => void;
}

/** Adding or editing one event: the words as given, the proposed reading, the structured date, sources and competing accounts. */
export function EventForm({ draft, isNew, exhibits, entries, onDraft, onSave, onClose, onDiscard }: EventFormProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(new Map());
  const [attempted, setAttempted] = useState(false);
  const suggestions = useId();
  const set = (next: TimelineEvent) => {
    onDraft(next);
    if (attempted) {
      const result = validateEvent(t, next, localToday(new Date()));
      setErrors(result.ok ? new Map() : result.errors);
    }
  };
  const save = () => {
    setAttempted(true);
    const result = validateEvent(t, draft, localToday(new Date()));
    if (result.ok) onSave(result.event);
    else setErrors(result.errors);
  };
  const whenError = (part: string) => errors.get(part === '' ? 'when' : `when.${part}`);

  return (
    <Dialog title={isNew ? t('timeline.form.titleNew') : t('timeline.form.titleEdit')} onClose={onClose} className="timeline-dialog">
      <form
        className="stack timeline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <datalist id={suggestions}>
          {(['client', 'minister', 'cbsa', 'witness', 'document'] as const).map((who) => (
            <option key={who} value={t(`timeline.who.${who}`)} />
          ))}
        </datalist>
        <WordsField
          label={t('timeline.form.words')}
          value={draft.when}
          onChange={(when) => set({ ...draft, when })}
          error={errors.get('when.original')}
        />
        <RelativeField draft={draft} entries={entries} onChange={set} error={errors.get('relative.anchor')} />
        <DateField
          kind="event"
          describe={(date) => gregorianText(t, date)}
          legend={t('timeline.form.date')}
          value={draft.when}
          onChange={(when) => set({ ...draft, when })}
          errorAt={whenError}
        />
        <div className="field-row">
          <SelectField<TimelineCategory>
            label={t('timeline.form.category')}
            value={draft.category}
            options={timelineCategories.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
            onChange={(category) => set({ ...draft, category })}
            size="medium"
          />
          <SelectField<MilestoneChoice>
            label={t('timeline.form.milestone')}
            value={draft.milestone ?? ''}
            options={milestones.map((m) => ({ value: m, label: t(`timeline.milestone.${m === '' ? 'none' : m}`) }))}
            onChange={(milestone) => {
              const { milestone: _old, ...rest } = draft;
              set(milestone === '' ? rest : { ...rest, milestone });
            }}
            size="medium"
          />
        </div>
        <TextAreaField
          label={t('timeline.form.summary')}
          value={draft.summary}
          onChange={(summary) => set({ ...draft, summary })}
          error={errors.get('summary')}
          rows={3}
          required
        />
        <div className="field-row">
          <TextField
            label={t('timeline.form.place')}
            value={draft.place ?? ''}
            onChange={(place) => {
              const { place: _old, ...rest } = draft;
              set(place === '' ? rest : { ...rest, place });
            }}
            dir="auto"
            size="medium"
          />
          <TextField
            label={t('timeline.form.assertedBy')}
            hint={t('timeline.form.assertedByHint')}
            value={draft.assertedBy ?? ''}
            onChange={(assertedBy) => {
              const { assertedBy: _old, ...rest } = draft;
              set(assertedBy === '' ? rest : { ...rest, assertedBy });
            }}
            list={suggestions}
            size="medium"
          />
        </div>
        <SourcesField
          title={t('timeline.form.sources')}
          sources={draft.sources}
          exhibits={exhibits}
          onChange={(sources) => set({ ...draft, sources })}
          errorAt={errorsUnder(errors, 'sources')}
        />
        <CheckboxField
          label={t('timeline.form.forFiling')}
          checked={draft.forFiling}
          onChange={(forFiling) => set({ ...draft, forFiling })}
        />
        <CheckboxField label={t('timeline.form.disputed')} checked={draft.disputed} onChange={(disputed) => set({ ...draft, disputed })} />
        {errors.get('disputed') ? <p className="field-error">{errors.get('disputed')}</p> : null}
        {draft.disputed || draft.accounts.length > 0 ? (
          <AccountsField
            accounts={draft.accounts}
            exhibits={exhibits}
            onChange={(accounts) => set({ ...draft, accounts })}
            errors={errors}
            suggestions={suggestions}
          />
        ) : null}
        {errors.size > 0 ? (
          <p role="alert" className="notice notice-error" data-testid="event-form-invalid">
            {t('timeline.form.invalid', { count: errors.size })}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="button" onClick={onDiscard}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('timeline.form.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

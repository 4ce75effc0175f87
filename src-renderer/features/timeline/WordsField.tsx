import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { partialDateSchema, type PartialDate } from '../../../src-main/core/model/partial-date.ts';
import { proposeDate } from '../../../src-main/core/timeline/parse.ts';
import { TextField } from '../../components/Field.tsx';
import { gregorianText } from './labels.ts';

export interface WordsFieldProps {
  readonly label: string;
  readonly value: PartialDate;
  readonly onChange: (value: PartialDate) => void;
  readonly error?: string | undefined;
}

/** How a proposal reads: calendar, precision, the parts it found, and the Gregorian days they stand for. */
function proposalText(t: ReturnType<typeof useTranslation>['t'], when: PartialDate): string {
  const parts = [when.year, when.month, when.day].filter((n) => n !== undefined).join('-');
  const end = when.end ? [when.end.year, when.end.month, when.end.day].filter((n) => n !== undefined).join('-') : '';
  const parsed = partialDateSchema.safeParse(when);
  return [
    t(`calendar.${when.calendar}`),
    t(`timeline.qualifier.${when.qualifier}`),
    end === '' ? parts : `${parts} → ${end}`,
    parsed.success ? gregorianText(t, parsed.data) : t('timeline.form.gregorianPending'),
  ]
    .filter((s) => s !== '')
    .join(' · ');
}

/**
 * The date exactly as the source gives it, kept verbatim, with the structured reading the app
 * proposes from those words. The proposal is applied only when the advocate accepts it.
 */
export function WordsField({ label, value, onChange, error }: WordsFieldProps) {
  const { t } = useTranslation();
  const proposalId = useId();
  const proposal = proposeDate(value.original);
  const typed = value.original.trim() !== '';
  return (
    <div className="timeline-words">
      <TextField
        label={label}
        hint={t('timeline.form.wordsHint')}
        value={value.original}
        onChange={(original) => onChange({ ...value, original })}
        dir="auto"
        error={error}
        size="long"
      />
      {typed ? (
        <div className="timeline-proposal" id={proposalId} aria-live="polite" data-testid="date-proposal">
          {proposal ? (
            <>
              <p>
                <span className="timeline-proposal-label">{t('timeline.form.proposal')}</span> <bdi>{proposalText(t, proposal.when)}</bdi>
              </p>
              {proposal.notes.length > 0 ? (
                <ul className="timeline-proposal-notes">
                  {proposal.notes.map((note) => (
                    <li key={note}>{t(`timeline.notes.${note}`)}</li>
                  ))}
                </ul>
              ) : null}
              <button
                type="button"
                className="button button-small"
                onClick={() => onChange({ ...proposal.when, original: value.original })}
              >
                {t('timeline.form.useProposal')}
              </button>
            </>
          ) : (
            <p>{t('timeline.form.proposalNone')}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}

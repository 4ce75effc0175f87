import { useTranslation } from 'react-i18next';
import type { Exhibit, TimelineAccount } from '../../../src-main/core/model/case.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { gregorianText } from './labels.ts';
import { emptyDate, errorsUnder, type FormErrors } from './event-draft.ts';
import { SourcesField } from './SourcesField.tsx';
import { WordsField } from './WordsField.tsx';

export interface AccountsFieldProps {
  readonly accounts: readonly TimelineAccount[];
  readonly exhibits: readonly Exhibit[];
  readonly onChange: (accounts: TimelineAccount[]) => void;
  readonly errors: FormErrors;
  readonly suggestions: string;
}

/** The other side's versions of a disputed event: whose account, when they say it happened, what they say, and their sources. */
export function AccountsField({ accounts, exhibits, onChange, errors, suggestions }: AccountsFieldProps) {
  const { t } = useTranslation();
  const replace = (index: number, next: TimelineAccount) => onChange(accounts.map((a, i) => (i === index ? next : a)));
  return (
    <RowList
      title={t('timeline.form.accounts')}
      description={t('timeline.form.accountsHint')}
      items={accounts}
      rowLabel={(i) => t('timeline.form.account', { n: i + 1 })}
      addLabel={t('timeline.form.addAccount')}
      onAdd={() => onChange([...accounts, { assertedBy: '', when: emptyDate, summary: '', sources: [] }])}
      onRemove={(index) => onChange(accounts.filter((_, i) => i !== index))}
      renderRow={(account, i) => {
        const at = errorsUnder(errors, `accounts.${i}`);
        return (
          <div className="stack">
            <TextField
              label={t('timeline.form.accountWho')}
              value={account.assertedBy}
              onChange={(assertedBy) => replace(i, { ...account, assertedBy })}
              error={at('assertedBy')}
              list={suggestions}
              size="medium"
            />
            <WordsField
              label={t('timeline.form.accountWords')}
              value={account.when}
              onChange={(when) => replace(i, { ...account, when })}
              error={at('when.original')}
            />
            <DateField
              kind="event"
              describe={(date) => gregorianText(t, date)}
              legend={t('timeline.form.accountDate')}
              value={account.when}
              onChange={(when) => replace(i, { ...account, when })}
              errorAt={errorsUnder(errors, `accounts.${i}.when`)}
            />
            <TextAreaField
              label={t('timeline.form.accountSummary')}
              value={account.summary}
              onChange={(summary) => replace(i, { ...account, summary })}
              error={at('summary')}
              rows={2}
            />
            <SourcesField
              title={t('timeline.form.accountSources')}
              sources={account.sources}
              exhibits={exhibits}
              onChange={(sources) => replace(i, { ...account, sources })}
              errorAt={errorsUnder(errors, `accounts.${i}.sources`)}
            />
          </div>
        );
      }}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { emptyPartialDate } from '../../components/date/partial.ts';
import { DateField } from '../../components/date/DateField.tsx';
import { SelectField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, type ErrorAt } from '../../case-edit/fields.ts';
import { calendarForLang } from './dates.ts';
import type { Statement, StatementUpdate } from './model.ts';

export interface StatementDatesProps {
  readonly statement: Statement;
  readonly update: StatementUpdate;
  /** Problems under `statements.N`. */
  readonly errorAt: ErrorAt;
  /** The words selected in the original, if any: they become the new date's words as written. */
  readonly readSelection: () => { readonly paragraph: number; readonly text: string } | null;
}

/**
 * Dates the author wrote inside the statement, kept word for word in their own calendar (Buddhist
 * Era, Solar Hijri, Minguo, lunar) with the Gregorian day or range they stand for, each tied to the
 * paragraph it is written in.
 */
export function StatementDates({ statement, update, errorAt, readSelection }: StatementDatesProps) {
  const { t } = useTranslation();
  const paragraphs = statement.paragraphs.map((_, i) => ({ value: String(i), label: t('statements.dates.paragraphN', { n: i + 1 }) }));
  const add = () => {
    const selection = readSelection();
    update((s) => {
      const paragraph = Math.min(selection?.paragraph ?? 0, Math.max(0, s.paragraphs.length - 1));
      const date = { ...emptyPartialDate, calendar: calendarForLang(s.lang), original: selection?.text.trim().slice(0, 200) ?? '' };
      return { ...s, paragraphs: s.paragraphs.length === 0 ? [''] : s.paragraphs, dates: [...s.dates, { paragraph, date }] };
    });
  };
  return (
    <div className="st-dates">
      <RowList
        title={t('statements.dates.title')}
        description={`${t('statements.dates.hint')} ${t('statements.dates.selectionHint')}`}
        items={statement.dates}
        rowLabel={(i) => t('statements.dates.dateN', { n: i + 1 })}
        addLabel={t('statements.dates.add')}
        emptyText={t('statements.dates.none')}
        onAdd={add}
        onRemove={(i) => update((s) => ({ ...s, dates: removeAt(s.dates, i) }))}
        error={errorAt('dates')}
        renderRow={(entry, i) => (
          <div className="stack">
            <SelectField<string>
              label={t('statements.dates.paragraph')}
              value={String(entry.paragraph)}
              options={
                entry.paragraph < paragraphs.length
                  ? paragraphs
                  : [...paragraphs, { value: String(entry.paragraph), label: t('statements.dates.paragraphN', { n: entry.paragraph + 1 }) }]
              }
              onChange={(value) => update((s) => ({ ...s, dates: replaceAt(s.dates, i, { ...entry, paragraph: Number(value) }) }))}
              error={errorAt(`dates.${i}.paragraph`)}
              size="short"
            />
            <DateField
              kind="source"
              legend={t('statements.dates.date')}
              value={entry.date}
              required
              onChange={(date) => update((s) => ({ ...s, dates: replaceAt(s.dates, i, { ...entry, date: date ?? emptyPartialDate }) }))}
              errorAt={under(errorAt, `dates.${i}.date`)}
            />
          </div>
        )}
      />
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { statusKinds, type Client } from '../../../src-main/core/model/case.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { emptyPartialDate } from '../../components/date/partial.ts';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional } from '../../case-edit/fields.ts';
import type { SectionProps } from './NamesSection.tsx';

type StatusKind = (typeof statusKinds)[number];
type Period = Client['statusHistory'][number];
type Entry = Client['entries'][number];

export function StatusHistorySection({ client, update, errorAt }: SectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const setPeriod = (i: number, period: Period) => update((c) => ({ ...c, statusHistory: replaceAt(c.statusHistory, i, period) }));
  const kindOptions = statusKinds.map((kind) => ({ value: kind, label: t(`status.${kind}`) }));
  return (
    <section className="card form-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('client.statusHistory')}</h2>
      <RowList
        title={t('client.statusPeriods')}
        description={t('client.statusHint')}
        items={client.statusHistory}
        rowLabel={(i) => t('client.statusN', { n: i + 1 })}
        addLabel={t('client.addStatus')}
        onAdd={() => update((c) => ({ ...c, statusHistory: [...c.statusHistory, { kind: 'visitor' }] }))}
        onRemove={(i) => update((c) => ({ ...c, statusHistory: removeAt(c.statusHistory, i) }))}
        error={errorAt('statusHistory')}
        emptyText={t('client.noStatus')}
        renderRow={(period, i) => {
          const at = under(errorAt, `statusHistory.${i}`);
          return (
            <>
              <div className="field-row">
                <SelectField<StatusKind>
                  label={t('client.statusKind')}
                  value={period.kind}
                  options={kindOptions}
                  onChange={(kind) => setPeriod(i, { ...period, kind })}
                  size="long"
                />
                <TextField
                  label={t('client.documentNo')}
                  value={period.documentNo ?? ''}
                  onChange={(v) => setPeriod(i, withOptional(period, 'documentNo', v))}
                  error={at('documentNo')}
                  size="medium"
                />
              </div>
              <DateField
                kind="source"
                legend={t('client.from')}
                value={period.from}
                onChange={(from) => setPeriod(i, withOptional(period, 'from', from))}
                errorAt={under(at, 'from')}
              />
              <DateField
                kind="source"
                legend={t('client.to')}
                value={period.to}
                onChange={(to) => setPeriod(i, withOptional(period, 'to', to))}
                errorAt={under(at, 'to')}
              />
              <div className="field-row">
                <TextField
                  label={t('records.status.employer')}
                  value={period.employer ?? ''}
                  onChange={(v) => setPeriod(i, withOptional(period, 'employer', v))}
                  error={at('employer')}
                  dir="auto"
                  size="medium"
                />
              </div>
              <TextAreaField
                label={t('records.status.conditions')}
                value={period.conditions ?? ''}
                onChange={(v) => setPeriod(i, withOptional(period, 'conditions', v))}
                error={at('conditions')}
                rows={2}
              />
              <TextField
                label={t('client.notes')}
                value={period.notes ?? ''}
                onChange={(v) => setPeriod(i, withOptional(period, 'notes', v))}
                error={at('notes')}
                dir="auto"
                size="long"
              />
            </>
          );
        }}
      />
    </section>
  );
}

export function EntriesSection({ client, update, errorAt }: SectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const setEntry = (i: number, entry: Entry) => update((c) => ({ ...c, entries: replaceAt(c.entries, i, entry) }));
  const admittedOptions: { value: StatusKind | ''; label: string }[] = [
    { value: '', label: t('client.notRecorded') },
    ...statusKinds.map((kind) => ({ value: kind, label: t(`status.${kind}`) })),
  ];
  return (
    <section className="card form-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('client.entries')}</h2>
      <RowList
        title={t('client.entriesList')}
        description={t('client.entriesHint')}
        items={client.entries}
        rowLabel={(i) => t('client.entryN', { n: i + 1 })}
        addLabel={t('client.addEntry')}
        onAdd={() => update((c) => ({ ...c, entries: [...c.entries, { date: emptyPartialDate }] }))}
        onRemove={(i) => update((c) => ({ ...c, entries: removeAt(c.entries, i) }))}
        error={errorAt('entries')}
        emptyText={t('client.noEntries')}
        renderRow={(entry, i) => {
          const at = under(errorAt, `entries.${i}`);
          return (
            <>
              <DateField
                kind="source"
                legend={t('client.entryDate')}
                value={entry.date}
                onChange={(date) => setEntry(i, { ...entry, date: date ?? emptyPartialDate })}
                errorAt={under(at, 'date')}
                required
              />
              <div className="field-row">
                <TextField
                  label={t('client.port')}
                  value={entry.port ?? ''}
                  onChange={(v) => setEntry(i, withOptional(entry, 'port', v))}
                  error={at('port')}
                  dir="auto"
                  size="medium"
                />
                <TextField
                  label={t('client.documentType')}
                  value={entry.documentType ?? ''}
                  onChange={(v) => setEntry(i, withOptional(entry, 'documentType', v))}
                  error={at('documentType')}
                  dir="auto"
                  size="medium"
                />
              </div>
              <div className="field-row">
                <SelectField<StatusKind | ''>
                  label={t('client.admittedAs')}
                  value={entry.admittedAs ?? ''}
                  options={admittedOptions}
                  onChange={(kind) => setEntry(i, withOptional(entry, 'admittedAs', kind === '' ? undefined : kind))}
                  size="long"
                />
                <TextField
                  label={t('client.admittedUntil')}
                  value={entry.admittedUntil ?? ''}
                  onChange={(v) => setEntry(i, withOptional(entry, 'admittedUntil', v.trim()))}
                  error={at('admittedUntil')}
                  placeholder="YYYY-MM-DD"
                  size="short"
                />
              </div>
            </>
          );
        }}
      />
    </section>
  );
}

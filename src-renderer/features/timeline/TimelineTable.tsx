import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineCategories, type Case, type TimelineCategory, type TimelineSource } from '../../../src-main/core/model/case.ts';
import type { TimelineEntry } from '../../../src-main/core/timeline/entries.ts';
import { packetPinCite } from '../../../src-main/core/timeline/pins.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Dates } from './Dates.tsx';
import { categoryLabel, editTabLabel, entrySummary, gregorianText, writtenText } from './labels.ts';

type Column = 'date' | 'category' | 'disputed';
type Direction = 'ascending' | 'descending';
type Choice = 'all' | 'yes' | 'no';

export interface TimelineTableProps {
  readonly draft: Case;
  /** In timeline order. */
  readonly entries: readonly TimelineEntry[];
  readonly selectedKey: string | null;
  readonly onEdit: (eventId: string) => void;
  readonly onRemove: (eventId: string) => void;
}

const disputedOf = (entry: TimelineEntry): boolean => entry.source === 'typed' && entry.event.disputed;

/** Where each exhibit sits in the latest packet build, for pin cites as packet pages. */
function placements(c: Case): Map<string, { firstPage: number; lastPage: number; pages: number }> {
  const latest = [...c.builds].sort((a, b) => (a.builtAt < b.builtAt ? -1 : 1)).at(-1);
  const pages = new Map(c.exhibits.map((x) => [x.id, x.pages ?? 0]));
  return new Map(
    (latest?.inputs ?? []).flatMap((input) =>
      input.exhibitId === undefined
        ? []
        : [[input.exhibitId, { firstPage: input.firstPage, lastPage: input.lastPage, pages: pages.get(input.exhibitId) ?? 0 }] as const],
    ),
  );
}

function SourceList({ sources, draft }: { readonly sources: readonly TimelineSource[]; readonly draft: Case }) {
  const { t } = useTranslation();
  if (sources.length === 0) return <span className="cell-detail timeline-no-source">{t('timeline.row.noSource')}</span>;
  const titles = new Map(draft.exhibits.map((x) => [x.id, x.title]));
  const placed = placements(draft);
  return (
    <ul className="timeline-sources">
      {sources.map((source, i) => {
        const title = titles.get(source.exhibitId);
        const where = source.pages === undefined ? undefined : placed.get(source.exhibitId);
        const packet = where && source.pages !== undefined ? packetPinCite(source.pages, where) : null;
        return (
          <li key={`${source.exhibitId}-${i}`}>
            {title === undefined ? <span className="timeline-removed">{t('timeline.row.removedExhibit')}</span> : <bdi>{title}</bdi>}
            {source.pages === undefined ? null : (
              <>
                , <span className="nowrap">{t('timeline.row.page', { pages: source.pages })}</span>
              </>
            )}
            {packet === null ? null : <span className="cell-detail"> ({t('timeline.row.packetPage', { pages: packet })})</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** The events as a table: sortable by date, category and dispute; filtered by category, dispute, filing and text. */
export function TimelineTable({ draft, entries, selectedKey, onEdit, onRemove }: TimelineTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({ column: 'date', direction: 'ascending' });
  const [category, setCategory] = useState<TimelineCategory | 'all'>('all');
  const [disputed, setDisputed] = useState<Choice>('all');
  const [filing, setFiling] = useState<Choice>('all');
  const [text, setText] = useState('');

  const needle = text.trim().toLocaleLowerCase();
  const order = new Map(entries.map((e, i) => [e.key, i]));
  const shown = entries
    .filter((e) => category === 'all' || e.category === category)
    .filter((e) => disputed === 'all' || disputedOf(e) === (disputed === 'yes'))
    .filter((e) => filing === 'all' || (e.source === 'typed' && e.event.forFiling === (filing === 'yes')))
    .filter((e) => {
      if (needle === '') return true;
      const words = [
        entrySummary(t, e),
        e.when.original,
        ...(e.source === 'typed' ? [e.event.place ?? '', e.event.assertedBy ?? '', ...e.event.accounts.map((a) => a.summary)] : []),
      ];
      return words.some((w) => w.toLocaleLowerCase().includes(needle));
    });
  const byDate = (a: TimelineEntry, b: TimelineEntry) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0);
  const compare: Record<Column, (a: TimelineEntry, b: TimelineEntry) => number> = {
    date: byDate,
    category: (a, b) => categoryLabel(t, a.category).localeCompare(categoryLabel(t, b.category)) || byDate(a, b),
    disputed: (a, b) => Number(disputedOf(b)) - Number(disputedOf(a)) || byDate(a, b),
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const rows = [...shown].sort((a, b) => sign * compare[sort.column](a, b));

  const header = (column: Column, label: string) => (
    <th scope="col" aria-sort={sort.column === column ? sort.direction : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }))
        }
      >
        {label}
        <span aria-hidden="true">{sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );

  return (
    <section className="timeline-table-section" aria-labelledby={captionId}>
      <div className="timeline-filters" role="search" aria-label={t('timeline.table.filters')}>
        <SelectField<TimelineCategory | 'all'>
          label={t('timeline.table.category')}
          value={category}
          options={[
            { value: 'all', label: t('timeline.table.allCategories') },
            ...timelineCategories.map((c) => ({ value: c, label: categoryLabel(t, c) })),
          ]}
          onChange={setCategory}
          size="medium"
        />
        <SelectField<Choice>
          label={t('timeline.table.disputed')}
          value={disputed}
          options={[
            { value: 'all', label: t('timeline.table.all') },
            { value: 'yes', label: t('timeline.table.disputedOnly') },
            { value: 'no', label: t('timeline.table.undisputedOnly') },
          ]}
          onChange={setDisputed}
          size="short"
        />
        <SelectField<Choice>
          label={t('timeline.table.filing')}
          value={filing}
          options={[
            { value: 'all', label: t('timeline.table.all') },
            { value: 'yes', label: t('timeline.table.filedOnly') },
            { value: 'no', label: t('timeline.table.counselOnly') },
          ]}
          onChange={setFiling}
          size="short"
        />
        <TextField label={t('timeline.table.search')} value={text} onChange={setText} type="search" size="medium" />
      </div>
      <p className="list-status" aria-live="polite" data-testid="timeline-shown">
        {t('timeline.table.shown', { count: rows.length, total: entries.length })}
      </p>
      <table className="data-table timeline-table" data-testid="timeline-table">
        <caption id={captionId} className="visually-hidden">
          {t('timeline.table.caption')}
        </caption>
        <thead>
          <tr>
            {header('date', t('timeline.table.colDate'))}
            {header('category', t('timeline.table.colCategory'))}
            <th scope="col">{t('timeline.table.colEvent')}</th>
            <th scope="col">{t('timeline.table.colSources')}</th>
            {header('disputed', t('timeline.table.colDisputed'))}
            <th scope="col">{t('timeline.table.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => {
            const typed = entry.source === 'typed' ? entry : null;
            return (
              <tr
                key={entry.key}
                data-testid="timeline-row"
                data-key={entry.key}
                className={
                  [entry.source === 'derived' ? 'timeline-row-derived' : '', entry.key === selectedKey ? 'timeline-row-selected' : '']
                    .join(' ')
                    .trim() || undefined
                }
              >
                <th scope="row" className="timeline-date-cell">
                  <bdi dir="auto">{writtenText(t, entry.when)}</bdi>
                  {gregorianText(t, entry.when) === writtenText(t, entry.when) ? null : (
                    <span className="cell-detail timeline-gregorian">
                      <Dates text={gregorianText(t, entry.when)} />
                    </span>
                  )}
                  {typed?.relative && typed.anchor ? (
                    <span className="cell-detail" data-testid="timeline-relative">
                      {t(`relativeDates.row.${typed.relative}`, { event: entrySummary(t, typed.anchor) })}
                    </span>
                  ) : null}
                  {entry.when.confidence === 'high' ? null : (
                    <span className="cell-detail">{t(`timeline.confidence.note.${entry.when.confidence}`)}</span>
                  )}
                </th>
                <td>
                  {categoryLabel(t, entry.category)}
                  {entry.milestone ? <span className="cell-detail">{t(`timeline.milestone.${entry.milestone}`)}</span> : null}
                </td>
                <td className="timeline-event-cell">
                  <p>
                    <bdi>{entrySummary(t, entry)}</bdi>
                    {typed?.event.place ? (
                      <span className="cell-detail">
                        {' '}
                        — <bdi>{typed.event.place}</bdi>
                      </span>
                    ) : null}
                  </p>
                  {typed?.event.assertedBy ? (
                    <p className="cell-detail">{t('timeline.row.assertedBy', { who: typed.event.assertedBy })}</p>
                  ) : null}
                  {typed && !typed.event.forFiling ? <span className="badge badge-muted">{t('timeline.row.notFiled')}</span> : null}
                  {entry.source === 'derived' ? (
                    <span className="badge badge-muted">
                      {t('timeline.row.recordedIn', { tab: editTabLabel(t, entry.derived.editAt) })}
                    </span>
                  ) : null}
                  {typed && typed.alsoRecorded.length > 0 ? (
                    <span className="badge badge-muted">
                      {t('timeline.row.alsoRecorded', { tab: editTabLabel(t, typed.alsoRecorded[0]?.editAt ?? 'client') })}
                    </span>
                  ) : null}
                  {typed && typed.event.accounts.length > 0 ? (
                    <div className="timeline-accounts" data-testid="competing-accounts">
                      <div className="timeline-account">
                        <p className="timeline-account-who">{typed.event.assertedBy ?? t('timeline.row.thisAccount')}</p>
                        <p className="cell-detail">
                          <bdi dir="auto">{writtenText(t, typed.event.when)}</bdi> · <Dates text={gregorianText(t, typed.event.when)} />
                        </p>
                        <p>
                          <bdi>{typed.event.summary}</bdi>
                        </p>
                      </div>
                      {typed.event.accounts.map((account, i) => (
                        <div className="timeline-account" key={i}>
                          <p className="timeline-account-who">
                            <bdi>{account.assertedBy}</bdi>
                          </p>
                          <p className="cell-detail">
                            <bdi dir="auto">{writtenText(t, account.when)}</bdi> · <Dates text={gregorianText(t, account.when)} />
                          </p>
                          <p>
                            <bdi>{account.summary}</bdi>
                          </p>
                          <SourceList sources={account.sources} draft={draft} />
                        </div>
                      ))}
                    </div>
                  ) : null}
                </td>
                <td>{typed ? <SourceList sources={typed.event.sources} draft={draft} /> : null}</td>
                <td>
                  {disputedOf(entry) ? (
                    <span className="badge timeline-disputed-badge">
                      <span aria-hidden="true">⚑ </span>
                      {t('timeline.row.disputed')}
                    </span>
                  ) : null}
                </td>
                <td className="row-actions">
                  {typed ? (
                    <>
                      <button type="button" className="link-button" onClick={() => onEdit(typed.event.id)}>
                        {t('timeline.row.edit')}
                        <span className="visually-hidden">: {typed.event.summary}</span>
                      </button>
                      <button type="button" className="link-button button-danger-quiet" onClick={() => onRemove(typed.event.id)}>
                        {t('common.remove')}
                        <span className="visually-hidden">: {typed.event.summary}</span>
                      </button>
                    </>
                  ) : (
                    <span className="cell-detail">
                      {t('timeline.row.editAt', { tab: editTabLabel(t, entry.source === 'derived' ? entry.derived.editAt : 'client') })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

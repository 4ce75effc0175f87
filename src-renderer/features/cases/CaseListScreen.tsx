import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummaryDto, IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { useCaseList, useDebouncedValue } from '../../api/use-cases.ts';
import { CheckboxField, TextField } from '../../components/Field.tsx';
import { useFocusOnMount } from '../../components/focus.ts';
import { DeleteCaseDialog } from './DeleteCaseDialog.tsx';
import { ExportCaseDialog } from './ExportCaseDialog.tsx';
import { ImportTransferDialog } from './ImportTransferDialog.tsx';
import { NewCaseDialog } from './NewCaseDialog.tsx';
import { caseKindLabel, formatUpdated } from './labels.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { NextDeadlineBadge } from '../detention/NextDeadlineBadge.tsx';
import './cases.css';

export const SEARCH_DEBOUNCE_MS = 250;

export function CaseListScreen({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const settledQuery = useDebouncedValue(query, SEARCH_DEBOUNCE_MS);
  const list = useCaseList(settledQuery, showArchived);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<CaseSummaryDto | null>(null);
  const [exporting, setExporting] = useState<CaseSummaryDto | null>(null);
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<IpcError | null>(null);

  const setArchived = async (summary: CaseSummaryDto, archived: boolean) => {
    setActionError(null);
    const result = await api.caseArchive({ id: summary.id, archived });
    if (!result.ok) {
      setActionError(result.error);
      return;
    }
    setMessage(archived ? t('cases.archivedMessage') : t('cases.unarchivedMessage'));
    list.reload();
  };

  const countText = list.loading ? t('cases.searching') : t('cases.count', { count: list.cases.length });

  return (
    <section aria-labelledby="cases-title">
      <div className="page-head">
        <h1 id="cases-title" ref={heading} tabIndex={-1}>
          {t('cases.title')}
        </h1>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+ </span>
            {t('cases.new')}
          </button>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {t('transfer.import')}
          </button>
        </div>
      </div>
      <div className="toolbar card" role="search">
        <TextField
          label={t('cases.search')}
          type="search"
          value={query}
          onChange={setQuery}
          hint={t('cases.searchHint')}
          dir="auto"
          size="long"
          className="search-field"
        />
        <CheckboxField label={t('cases.showArchived')} checked={showArchived} onChange={setShowArchived} />
      </div>
      <p className="list-status" role="status" aria-live="polite">
        {message ? `${message} ` : ''}
        {countText}
      </p>
      <ErrorNotice error={list.error} />
      <ErrorNotice error={actionError} />
      {list.cases.length === 0 && !list.loading ? (
        <div className="empty card">
          <p>{settledQuery ? t('cases.noMatch') : t('cases.empty')}</p>
        </div>
      ) : (
        <table className="data-table card">
          <caption className="visually-hidden">{t('cases.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.colName')}</th>
              <th scope="col">{t('cases.colKind')}</th>
              <th scope="col">{t('cases.colUpdated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cases.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.cases.map((summary) => (
              <tr key={summary.id} className={summary.archived ? 'is-archived' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button case-name" onClick={() => onOpen(summary.id)}>
                    <bdi>{summary.displayName || t('cases.unnamed')}</bdi>
                  </button>
                  {summary.archived ? <span className="badge badge-muted">{t('cases.archivedBadge')}</span> : null}
                </th>
                <td>
                  <span className={`badge badge-${summary.kind}`}>{caseKindLabel(t, summary.kind)}</span>
                  {summary.nextDeadline ? <NextDeadlineBadge next={summary.nextDeadline} /> : null}
                </td>
                <td>{formatUpdated(i18n.language, summary.updatedAt)}</td>
                <td className="row-actions">
                  <button type="button" className="button button-small" onClick={() => void setArchived(summary, !summary.archived)}>
                    {summary.archived ? t('cases.unarchive') : t('cases.archive')}
                    <span className="visually-hidden">
                      {' '}
                      <bdi>{summary.displayName}</bdi>
                    </span>
                  </button>
                  <button type="button" className="button button-small" onClick={() => setExporting(summary)}>
                    {t('transfer.export')}
                    <span className="visually-hidden">
                      {' '}
                      <bdi>{summary.displayName}</bdi>
                    </span>
                  </button>
                  <button type="button" className="button button-small button-danger-quiet" onClick={() => setDeleting(summary)}>
                    {t('cases.delete')}
                    <span className="visually-hidden">
                      {' '}
                      <bdi>{summary.displayName}</bdi>
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating ? (
        <NewCaseDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      ) : null}
      {exporting ? (
        <ExportCaseDialog
          summary={exporting}
          onClose={() => setExporting(null)}
          onExported={(text) => {
            setExporting(null);
            setMessage(text);
          }}
        />
      ) : null}
      {importing ? (
        <ImportTransferDialog
          onClose={() => setImporting(false)}
          onImported={(_id, text) => {
            setImporting(false);
            setMessage(text);
            list.reload();
          }}
        />
      ) : null}
      {deleting ? (
        <DeleteCaseDialog
          summary={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setMessage(t('cases.deletedMessage'));
            list.reload();
          }}
        />
      ) : null}
    </section>
  );
}

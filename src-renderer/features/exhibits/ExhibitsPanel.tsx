import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Exhibit } from '../../../src-main/core/model/case.ts';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { importFiles, pickAndImport, type AddResult, type FileOutcome } from '../../api/exhibits.ts';
import type { FieldProblem } from '../../api/validation.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { describeError } from '../../i18n/describe.ts';
import { ViewerDialog } from '../viewer/ViewerDialog.tsx';
import { RedactionDialog } from '../redaction/RedactionDialog.tsx';
import { OcrDialog } from '../evidence/OcrDialog.tsx';
import { SplitLauncher } from '../evidence/SplitLauncher.tsx';
import { ExhibitDialog } from './ExhibitDialog.tsx';
import { PacketCopyChanges } from './PacketCopyChanges.tsx';
import { RemoveExhibitDialog } from './RemoveExhibitDialog.tsx';
import { exhibitDateText, withoutExhibit } from './format.ts';
import './exhibits.css';

export interface ExhibitsPanelProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly problems: readonly FieldProblem[];
}

/** Workflow 7: add PDFs and images (dropped, or through the system dialog), describe them, remove them. */
export function ExhibitsPanel({ editor, draft, problems }: ExhibitsPanelProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const attachInput = useRef<HTMLInputElement>(null);
  const [attachTo, setAttachTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly FileOutcome[]>([]);
  const [error, setError] = useState<IpcError | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Exhibit | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [redacting, setRedacting] = useState<string | null>(null);
  const [reading, setReading] = useState<Exhibit | null>(null);

  const run = async (work: () => Promise<AddResult>, fallback: HTMLInputElement | null = input.current) => {
    setBusy(true);
    setError(null);
    setOutcomes([]);
    const result = await work();
    setBusy(false);
    if (result.kind === 'done') setOutcomes(result.outcomes);
    else if (result.kind === 'error') setError(result.error);
    // Without a system dialog (a browser), the file input is the way in.
    else fallback?.click();
  };

  const attach = (exhibit: Exhibit) => {
    setAttachTo(exhibit.id);
    void run(() => pickAndImport(editor, exhibit.id), attachInput.current);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !busy) void run(() => importFiles(editor, files));
  };

  const imported = outcomes.filter((o) => o.kind === 'imported');
  const failed = outcomes.filter((o) => o.kind === 'failed');
  const editingIndex = draft.exhibits.findIndex((e) => e.id === editing);
  const redactingExhibit = draft.exhibits.find((e) => e.id === redacting);

  return (
    <div className="stack exhibits">
      <h2>{t('exhibits.title')}</h2>
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        data-testid="exhibit-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('exhibits.dropHint')}</p>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(() => pickAndImport(editor))}>
          {t('exhibits.addFiles')}
        </button>
        <SplitLauncher editor={editor} disabled={busy} />
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/*"
          aria-label={t('exhibits.chooseFiles')}
          data-testid="exhibit-file-input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (files.length > 0) void run(() => importFiles(editor, files));
          }}
        />
      </div>
      <input
        ref={attachInput}
        type="file"
        hidden
        accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/*"
        aria-label={t('exhibits.chooseAttachment')}
        data-testid="exhibit-attach-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])].slice(0, 1);
          event.currentTarget.value = '';
          if (files.length > 0 && attachTo !== null) void run(() => importFiles(editor, files, attachTo));
        }}
      />
      <div aria-live="polite" className="list-status" data-testid="import-status">
        {busy ? t('exhibits.importing') : null}
        {imported.length > 0 ? t('exhibits.imported', { count: imported.length }) : null}
      </div>
      <ErrorNotice error={error} />
      <PacketCopyChanges outcomes={outcomes} />
      {failed.length > 0 ? (
        <div role="alert" className="notice notice-error" data-testid="import-errors">
          <p className="notice-title">{t('exhibits.failed', { count: failed.length })}</p>
          <ul>
            {failed.map((o, i) => (
              <li key={`${o.fileName}-${i}`}>
                <bdi className="file-name">{o.fileName}</bdi>: {o.kind === 'failed' ? describeError(t, { ...o.error, issues: [] }) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {draft.exhibits.length === 0 ? (
        <p>{t('exhibits.empty')}</p>
      ) : (
        <table className="data-table exhibit-table">
          <caption className="visually-hidden">{t('exhibits.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exhibits.colTitle')}</th>
              <th scope="col">{t('exhibits.colDate')}</th>
              <th scope="col">{t('exhibits.colLanguage')}</th>
              <th scope="col">{t('exhibits.colPages')}</th>
              <th scope="col">{t('exhibits.colSupports')}</th>
              <th scope="col">{t('exhibits.colNotes')}</th>
              <th scope="col">{t('cases.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.exhibits.map((exhibit) => (
              <tr key={exhibit.id} data-testid="exhibit-row">
                <th scope="row">
                  <bdi>{exhibit.title}</bdi>
                  {exhibit.author ? <span className="cell-detail"> — {exhibit.author}</span> : null}
                </th>
                <td>{exhibitDateText(exhibit)}</td>
                <td>{exhibit.lang ?? ''}</td>
                <td data-testid="exhibit-pages">
                  {exhibit.blobId === undefined ? <span className="badge badge-muted">{t('exhibits.noFile')}</span> : (exhibit.pages ?? '')}
                </td>
                <td>{exhibit.supports.join(', ')}</td>
                <td>
                  {exhibit.pagesWithoutText && exhibit.pagesWithoutText.length > 0 ? (
                    <span className="badge badge-muted">{t('exhibits.notSearchable', { count: exhibit.pagesWithoutText.length })}</span>
                  ) : null}
                  {exhibit.redaction?.applied ? <span className="badge">{t('redaction.redactedBadge')}</span> : null}
                </td>
                <td className="row-actions">
                  {exhibit.blobId === undefined ? (
                    <button type="button" className="link-button" disabled={busy} onClick={() => attach(exhibit)}>
                      {t('exhibits.attachFile')}
                      <span className="visually-hidden">: {exhibit.title}</span>
                    </button>
                  ) : null}
                  {exhibit.blobId === undefined ? null : (
                    <button type="button" className="link-button" data-testid="exhibit-view" onClick={() => setViewing(exhibit.id)}>
                      {t('viewer.view')}
                      <span className="visually-hidden">: {exhibit.title}</span>
                    </button>
                  )}
                  {exhibit.blobId === undefined ? null : (
                    <button type="button" className="link-button" onClick={() => setRedacting(exhibit.id)}>
                      {t('redaction.redactButton')}
                      <span className="visually-hidden">: {exhibit.title}</span>
                    </button>
                  )}
                  {exhibit.blobId === undefined ? null : (
                    <button type="button" className="link-button" onClick={() => setReading(exhibit)}>
                      {t('evidence.ocrAction')}
                      <span className="visually-hidden">: {exhibit.title}</span>
                    </button>
                  )}
                  <button type="button" className="link-button" onClick={() => setEditing(exhibit.id)}>
                    {t('exhibits.edit')}
                    <span className="visually-hidden">: {exhibit.title}</span>
                  </button>
                  <button type="button" className="link-button button-danger-quiet" onClick={() => setRemoving(exhibit)}>
                    {t('common.remove')}
                    <span className="visually-hidden">: {exhibit.title}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editingIndex >= 0 ? (
        <ExhibitDialog editor={editor} draft={draft} index={editingIndex} problems={problems} onClose={() => setEditing(null)} />
      ) : null}
      {viewing !== null ? (
        <ViewerDialog source={{ kind: 'exhibit', caseId: draft.id, exhibitId: viewing, copy: 'filed' }} onClose={() => setViewing(null)} />
      ) : null}
      {redactingExhibit ? <RedactionDialog editor={editor} exhibit={redactingExhibit} onClose={() => setRedacting(null)} /> : null}
      {reading ? (
        <OcrDialog
          caseId={editor.id}
          exhibit={reading}
          beforeStart={() => editor.flush()}
          onFinished={() => void editor.load()}
          onClose={() => setReading(null)}
        />
      ) : null}
      {removing ? (
        <RemoveExhibitDialog
          exhibit={removing}
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            editor.edit((d) => ({ ...d, exhibits: withoutExhibit(d.exhibits, removing.id) }));
            setRemoving(null);
          }}
        />
      ) : null}
    </div>
  );
}

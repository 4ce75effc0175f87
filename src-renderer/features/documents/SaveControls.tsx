import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { saveDocument, type DocumentRequest, type DocumentSaved } from '../../api/document-output.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ViewerDialog } from '../viewer/ViewerDialog.tsx';

type Format = 'pdf' | 'docx';

/**
 * "Save as PDF…" and "Save as DOCX…": the save dialog chooses the place; the result says where
 * the file went, and warns when it replaced one. Saving waits for the case's pending edits.
 */
export function SaveControls({
  request,
  ready,
  beforeSave,
}: {
  readonly request: DocumentRequest;
  /** False while the preview is loading or the case lacks what the document needs. */
  readonly ready: boolean;
  readonly beforeSave: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState<Format | null>(null);
  const [viewing, setViewing] = useState(false);
  const [outcome, setOutcome] = useState<{
    readonly key: string;
    readonly saved: DocumentSaved | null;
    readonly error: IpcError | null;
  } | null>(null);
  const key = JSON.stringify(request);
  const shown = outcome?.key === key ? outcome : null;

  const save = async (format: Format) => {
    setSaving(format);
    await beforeSave();
    const result = await saveDocument(request, format);
    setSaving(null);
    setOutcome(result.ok ? { key, saved: result.value, error: null } : { key, saved: null, error: result.error });
  };

  return (
    <div className="document-save">
      <div className="actions start">
        <button type="button" className="button button-primary" disabled={!ready || saving !== null} onClick={() => void save('pdf')}>
          {saving === 'pdf' ? t('documents.saving') : t('documents.savePdf')}
        </button>
        <button type="button" className="button" disabled={!ready || saving !== null} onClick={() => void save('docx')}>
          {saving === 'docx' ? t('documents.saving') : t('documents.saveDocx')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!ready || saving !== null}
          data-testid="document-view"
          onClick={() => void beforeSave().then(() => setViewing(true))}
        >
          {t('viewer.viewAsPdf')}
        </button>
      </div>
      <div role="status" data-testid="document-saved">
        {shown?.saved?.saved === true ? (
          <>
            <p className="notice notice-info">
              {t('documents.saved')} <bdi className="document-path">{shown.saved.path}</bdi>
            </p>
            {shown.saved.replaced ? <p className="notice notice-warning">{t('documents.replaced')}</p> : null}
          </>
        ) : shown?.saved?.saved === false ? (
          <p className="notice notice-info">{t('documents.notSaved')}</p>
        ) : null}
      </div>
      <ErrorNotice error={shown?.error} />
      {viewing ? (
        <ViewerDialog
          source={{ kind: 'document', caseId: request.caseId, docKind: request.kind, lang: request.lang, options: request.options }}
          onClose={() => setViewing(false)}
        />
      ) : null}
    </div>
  );
}

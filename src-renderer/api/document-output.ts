import { useCallback, useEffect, useState } from 'react';
import type { Input, IpcError, Output, Result } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';

export type DocumentRequest = Input<'documentPreview'>;
/** Every document Dossier generates, as the contract names them. */
export type DocumentKind = DocumentRequest['kind'];
export type DocumentPreview = Output<'documentPreview'>;
export type DocumentSaved = Output<'documentSave'>;

/** Asks where to save the document (the save dialog) and writes it there as PDF or DOCX. */
export function saveDocument(request: DocumentRequest, format: 'pdf' | 'docx'): Promise<Result<DocumentSaved>> {
  return api.documentSave({ ...request, format });
}

export interface PreviewState {
  readonly preview: DocumentPreview | null;
  readonly error: IpcError | null;
  readonly loading: boolean;
  /** Builds the preview again from the stored case and wording (after the wording or the case changed). */
  readonly refresh: () => void;
}

/**
 * The print HTML of one document, built again whenever the request (kind, target, language) or
 * the case's revision changes, or `refresh` is called. An answer that arrives after a newer
 * request is dropped.
 */
export function useDocumentPreview(request: DocumentRequest, revision: number): PreviewState {
  const [nonce, setNonce] = useState(0);
  const key = JSON.stringify(request);
  const asked = `${key}#${revision}#${nonce}`;
  const [state, setState] = useState<{ asked: string; preview: DocumentPreview | null; error: IpcError | null } | null>(null);
  useEffect(() => {
    let current = true;
    void api.documentPreview(JSON.parse(key) as DocumentRequest).then((result) => {
      if (!current) return;
      setState(result.ok ? { asked, preview: result.value, error: null } : { asked, preview: null, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [key, asked]);
  const refresh = useCallback(() => setNonce((n) => n + 1), []);
  // The last answer stays shown while the next is built, so the preview does not flash empty.
  return { preview: state?.preview ?? null, error: state?.error ?? null, loading: state?.asked !== asked, refresh };
}

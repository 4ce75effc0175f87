import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import type { ViewerSource } from '../../api/viewer.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

/** The viewer's own wording for what the generic error text would misname (a missing packet file is not a missing case). */
function viewerKey(error: IpcError, source: ViewerSource['kind'] | 'view'): string | null {
  if (error.code === 'NOT_FOUND') return source === 'packet' ? 'packetMissing' : source === 'exhibit' ? 'exhibitMissing' : 'closed';
  if (error.code === 'BAD_EXHIBIT') return 'unreadable';
  if (error.code === 'CORRUPT' && source === 'exhibit') return 'mismatch';
  return null;
}

/** A viewer refusal, announced at once; a document's own refusals (fields to fill, counsel profile) as the Documents tab says them. */
export function ViewerError({ error, source }: { readonly error: IpcError | null; readonly source: ViewerSource['kind'] | 'view' }) {
  const { t } = useTranslation();
  if (!error) return null;
  const key = viewerKey(error, source);
  if (key === null) return <ErrorNotice error={error} />;
  return (
    <p role="alert" className="notice notice-error" data-testid="viewer-error">
      {t(`viewer.errors.${key}`)}
    </p>
  );
}

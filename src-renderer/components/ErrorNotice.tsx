import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../src-main/ipc/contract.ts';
import { describeError } from '../i18n/describe.ts';

/** An error from the main process, said in the UI language and announced at once. Renders nothing without one. */
export function ErrorNotice({ error }: { readonly error: IpcError | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="notice notice-error">
      {describeError(t, error)}
    </p>
  );
}

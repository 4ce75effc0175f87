import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../src-main/ipc/contract.ts';
import { describeError } from '../i18n/describe.ts';
import { counselGaps } from './counsel-missing.ts';
import { CounselMissingNotice } from './CounselMissingNotice.tsx';

/**
 * An error from the main process, said in the UI language and announced at once. Renders nothing
 * without one. A missing counsel profile is named, with the way to fill it in.
 */
export function ErrorNotice({ error }: { readonly error: IpcError | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const gaps = counselGaps(error);
  if (gaps !== null) return <CounselMissingNotice gaps={gaps} />;
  return (
    <p role="alert" className="notice notice-error">
      {describeError(t, error)}
    </p>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { pickDisclosure } from '../../api/evidence.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { SplitDialog, type OpenedDisclosure } from './SplitDialog.tsx';

/** The Exhibits tab's "Split a disclosure into exhibits": pick the PDF, then the split dialog. */
export function SplitLauncher({ editor, disabled }: { readonly editor: CaseEditor; readonly disabled: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<OpenedDisclosure | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [added, setAdded] = useState<number | null>(null);

  const pick = async () => {
    setBusy(true);
    setError(null);
    setAdded(null);
    await editor.flush();
    const result = await pickDisclosure(editor.id);
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (result.value.picked) setOpened(result.value);
  };

  return (
    <>
      <button type="button" className="button" disabled={disabled || busy} onClick={() => void pick()}>
        {busy ? t('evidence.splitOpening') : t('evidence.splitAction')}
      </button>
      <ErrorNotice error={error} />
      <span role="status" aria-live="polite">
        {added === null ? '' : t('evidence.splitDone', { count: added })}
      </span>
      {opened ? (
        <SplitDialog
          opened={opened}
          onClose={() => setOpened(null)}
          onSplit={(count) => {
            setOpened(null);
            setAdded(count);
            void editor.load();
          }}
        />
      ) : null}
    </>
  );
}

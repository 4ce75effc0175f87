import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { closeDisclosure, splitDisclosure } from '../../api/evidence.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { SplitPartsTable } from './SplitPartsTable.tsx';
import { useLazyThumbnails } from './lazy-thumbnails.ts';
import { SplitThumbnails } from './SplitThumbnails.tsx';
import { cutStarts, partProblems, partsFromTyped, partsToSend, rangesText, toggleCutAt, wholeFile, type DraftPart } from './split-parts.ts';

/** A disclosure picked in the main process: its token, name, page count and the cut its bookmarks give. */
export interface OpenedDisclosure {
  readonly token: string;
  readonly fileName: string;
  readonly pages: number;
  /** Each page's shown size in points. */
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
  readonly bookmarkParts: readonly { first: number; last: number; title: string; date?: string | undefined }[];
}

export interface SplitDialogProps {
  readonly opened: OpenedDisclosure;
  /** After the cut: how many exhibits were added (the case is reloaded by the caller). */
  readonly onSplit: (count: number) => void;
  readonly onClose: () => void;
}

const baseName = (fileName: string): string => fileName.replace(/\.[A-Za-z0-9]{1,5}$/u, '');

/**
 * "Split a disclosure into exhibits": the pages as thumbnails, cut by the file's bookmarks in one
 * click or at the pages the user clicks or types, each part with its title and date, then cut.
 */
export function SplitDialog({ opened, onSplit, onClose }: SplitDialogProps) {
  const { t } = useTranslation();
  const { images, request } = useLazyThumbnails(opened.token);
  const [parts, setParts] = useState<DraftPart[]>(() => wholeFile(opened.pages, baseName(opened.fileName)));
  const [typed, setTyped] = useState(() => rangesText(parts));
  const [typedError, setTypedError] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const problems = partProblems(parts, opened.pages);
  const shown = tried ? problems : [];

  const replace = (next: DraftPart[]) => {
    setParts(next);
    setTyped(rangesText(next));
    setTypedError(false);
  };
  const byBookmarks = () =>
    replace(opened.bookmarkParts.map((p) => ({ first: p.first, last: p.last, title: p.title, date: p.date ?? '' })));
  const applyTyped = () => {
    const next = partsFromTyped(typed, parts);
    if (next === null) setTypedError(true);
    else replace(next);
  };
  const cancel = () => {
    void closeDisclosure(opened.token);
    onClose();
  };
  const split = async () => {
    setTried(true);
    setError(null);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await splitDisclosure(opened.token, partsToSend(parts));
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (result.value.failed[0]) setError({ ...result.value.failed[0].error, issues: [] });
    else onSplit(result.value.imported.length);
  };

  return (
    <Dialog title={t('evidence.splitTitle')} onClose={cancel} className="split-dialog">
      <div className="stack">
        <p className="dialog-subject">
          <bdi>{opened.fileName}</bdi> — {t('evidence.splitPageCount', { count: opened.pages })}
        </p>
        <p>{t('evidence.splitExplain')}</p>
        <div className="split-methods">
          {opened.bookmarkParts.length > 0 ? (
            <button type="button" className="button" onClick={byBookmarks} data-autofocus>
              {t('evidence.splitByBookmarks', { count: opened.bookmarkParts.length })}
            </button>
          ) : (
            <p role="note">{t('evidence.splitNoBookmarks')}</p>
          )}
          <form
            className="split-typed"
            onSubmit={(e) => {
              e.preventDefault();
              applyTyped();
            }}
          >
            <label htmlFor="split-ranges">{t('evidence.splitRanges')}</label>
            <input
              id="split-ranges"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              aria-invalid={typedError || undefined}
              aria-describedby={typedError ? 'split-ranges-error' : 'split-ranges-hint'}
            />
            <button type="submit" className="button">
              {t('evidence.splitRangesApply')}
            </button>
            {typedError ? (
              <p id="split-ranges-error" className="field-error">
                {t('evidence.splitRangesInvalid')}
              </p>
            ) : (
              <p id="split-ranges-hint" className="field-hint">
                {t('evidence.splitRangesHint')}
              </p>
            )}
          </form>
        </div>
        <SplitThumbnails
          pages={opened.pages}
          sizes={opened.sizes}
          images={images}
          onNeed={request}
          starts={cutStarts(parts)}
          onToggle={(page) => replace(toggleCutAt(parts, page))}
        />
        <SplitPartsTable parts={parts} problems={shown} onChange={(i, part) => replace(parts.map((p, k) => (k === i ? part : p)))} />
        {shown.length > 0 ? (
          <p role="alert" className="notice notice-error">
            {t('evidence.splitFix', { count: shown.length })}
          </p>
        ) : null}
        <ErrorNotice error={error} />
        <div className="actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void split()}>
            {busy ? t('evidence.splitting') : t('evidence.splitButton', { count: parts.length })}
          </button>
          <button type="button" className="button" disabled={busy} onClick={cancel}>
            {t('evidence.ocrCancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

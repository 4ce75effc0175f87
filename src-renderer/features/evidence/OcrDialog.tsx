import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../src-main/core/model/case.ts';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { cancelOcr, startOcr, useOcrJob, type OcrJobStatusDto } from '../../api/evidence.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

export interface OcrDialogProps {
  readonly caseId: string;
  readonly exhibit: Exhibit;
  /** Before the job starts (the editor saves what it holds) and after it ends (the editor reloads the case the main process wrote). */
  readonly beforeStart: () => Promise<void>;
  readonly onFinished: () => void;
  readonly onClose: () => void;
}

/** The trained data that ships: English and French (src-main/ocr/ocr-languages.ts). */
const LANGUAGES = ['eng', 'fra'] as const;
type OcrLang = (typeof LANGUAGES)[number];

/** "Make searchable (OCR)": choose the language by name, start, watch each page, cancel. */
export function OcrDialog({ caseId, exhibit, beforeStart, onFinished, onClose }: OcrDialogProps) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<OcrLang>(exhibit.lang?.startsWith('fr') === true ? 'fra' : 'eng');
  const [allPages, setAllPages] = useState((exhibit.pagesWithoutText?.length ?? 0) === 0);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [ended, setEnded] = useState<OcrJobStatusDto | null>(null);
  const { status } = useOcrJob(jobId, (final) => {
    setEnded(final);
    onFinished();
  });
  const unsupported = exhibit.lang !== undefined && !/^(en|fr)(-|$)/u.test(exhibit.lang);
  const running = jobId !== null && ended === null;

  const start = async () => {
    setError(null);
    setEnded(null);
    await beforeStart();
    const result = await startOcr(caseId, exhibit.id, lang, allPages);
    if (result.ok) setJobId(result.value.jobId);
    else setError(result.error);
  };

  const progress = status?.progress;
  return (
    <Dialog title={t('evidence.ocrTitle')} onClose={onClose}>
      <div className="stack">
        <p className="dialog-subject">
          <bdi>{exhibit.title}</bdi>
        </p>
        <p>{t('evidence.ocrExplain')}</p>
        {unsupported ? (
          <p role="note" className="notice">
            {t('evidence.ocrNoTrainedData', { lang: exhibit.lang })}
          </p>
        ) : null}
        <label className="field">
          <span>{t('evidence.ocrLanguage')}</span>
          <select value={lang} disabled={running} onChange={(e) => setLang(e.target.value === 'fra' ? 'fra' : 'eng')} data-autofocus>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`evidence.lang_${code}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={allPages} disabled={running} onChange={(e) => setAllPages(e.target.checked)} />
          <span>{t('evidence.ocrAllPages')}</span>
        </label>
        <div role="status" aria-live="polite">
          {running && progress ? (
            <>
              <progress max={Math.max(1, progress.total)} value={progress.done} />{' '}
              {progress.total > 0
                ? t('evidence.ocrReading', { page: progress.page, done: progress.done + 1, total: progress.total })
                : t('evidence.ocrStarting')}
            </>
          ) : null}
          {ended?.state === 'done' && ended.result ? (
            <p>
              {t('evidence.ocrDone', {
                count: ended.result.ocr.pages.length,
                confidence: Math.round(ended.result.ocr.meanConfidence ?? 0),
              })}
              {ended.result.pagesWithoutText.length > 0
                ? ` ${t('evidence.ocrStillImages', { pages: ended.result.pagesWithoutText.join(', ') })}`
                : ''}
            </p>
          ) : null}
          {ended?.state === 'cancelled' ? <p>{t('evidence.ocrCancelled')}</p> : null}
          {ended?.state === 'failed' ? <p className="notice notice-error">{ended.error?.message}</p> : null}
        </div>
        <ErrorNotice error={error} />
        <div className="actions">
          {running ? (
            <button type="button" className="button" onClick={() => void cancelOcr(jobId)}>
              {t('evidence.ocrCancel')}
            </button>
          ) : (
            <>
              <button type="button" className="button button-primary" onClick={() => void start()}>
                {t('evidence.ocrStart')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('evidence.close')}
              </button>
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}

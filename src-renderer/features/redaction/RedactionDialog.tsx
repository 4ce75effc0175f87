import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../src-main/core/model/case.ts';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { drawnToShown, reasons, redactionApi, type Outcome, type Reason, type RedactionReviewDto } from '../../api/redaction.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { MarkList } from './MarkList.tsx';
import { MarkTools } from './MarkTools.tsx';
import { PageView } from './PageView.tsx';
import './redaction.css';

export interface RedactionDialogProps {
  readonly editor: CaseEditor;
  readonly exhibit: Exhibit;
  readonly onClose: () => void;
}

/** Page images are asked for at this many pixels a point: sharp enough to place a mark on a word. */
const PAGE_SCALE = 1.25;

/**
 * Redaction in two steps: marks are drawn on a page, typed as an area, or made from every hit of
 * a text or pattern, reviewed in the list (and on the pages), then applied together after a
 * confirmation that says what applying does. The page images come from the main process.
 */
export function RedactionDialog({ editor, exhibit, onClose }: RedactionDialogProps) {
  const { t } = useTranslation();
  const service = useMemo(() => redactionApi(editor, exhibit.id), [editor, exhibit.id]);
  const [review, setReview] = useState<RedactionReviewDto | null>(null);
  const [page, setPage] = useState(1);
  const [showRedacted, setShowRedacted] = useState(false);
  /** The page image with the page, copy and application it shows: a stale one is not shown. */
  const [image, setImage] = useState<{ readonly key: string; readonly url: string } | null>(null);
  const [reason, setReason] = useState<Reason>('thirdParty');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  const run = async <T,>(work: () => Promise<Outcome<T>>, done: (value: T) => void) => {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (result.ok) done(result.value);
    else setError(result.error);
  };

  useEffect(() => {
    let current = true;
    void service.review().then((result) => {
      if (!current) return;
      if (result.ok) setReview(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [service]);

  const copy = showRedacted && review?.applied ? 'redacted' : 'base';
  const appliedAt = review?.applied?.appliedAt ?? '';
  const imageKey = `${page}:${copy}:${appliedAt}`;
  useEffect(() => {
    let current = true;
    void service.page(page, copy, PAGE_SCALE).then((result) => {
      if (!current) return;
      if (result.ok) setImage({ key: `${page}:${copy}:${appliedAt}`, url: result.value.dataUrl });
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [service, page, copy, appliedAt]);

  const pageCount = review?.pageCount ?? 1;
  const size = review?.pages[page - 1] ?? { width: 612, height: 792 };
  const marks = review?.marks ?? [];
  const onPage = marks.filter((m) => m.page === page);
  const appliedOnPage = copy === 'base' ? (review?.applied?.log ?? []).filter((m) => m.page === page) : [];

  return (
    <Dialog title={t('redaction.title', { title: exhibit.title })} onClose={onClose} className="dialog-wide redaction-dialog">
      <p className="field-hint">{review?.basedOn === 'ocr' ? t('redaction.basedOnOcr') : t('redaction.basedOnOriginal')}</p>
      <ErrorNotice error={error} />
      <div className="redaction-layout">
        <section className="stack" aria-label={t('redaction.pageRegion')}>
          <div className="redaction-nav">
            <button type="button" className="button" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              {t('redaction.previous')}
            </button>
            <span aria-live="polite" data-testid="redaction-page-number">
              {t('redaction.pageOf', { page, count: pageCount })}
            </span>
            <button type="button" className="button" disabled={page >= pageCount} onClick={() => setPage((p) => p + 1)}>
              {t('redaction.next')}
            </button>
            {review?.applied ? (
              <label className="checkbox">
                <input type="checkbox" checked={showRedacted} onChange={(event) => setShowRedacted(event.currentTarget.checked)} />
                {t('redaction.showRedacted')}
              </label>
            ) : null}
          </div>
          <PageView
            src={image?.key === imageKey ? image.url : null}
            page={page}
            marks={copy === 'base' ? onPage : []}
            applied={appliedOnPage}
            aspect={size.width / size.height}
            disabled={busy || copy === 'redacted'}
            onDraw={(drawn) => void run(() => service.markArea(page, drawnToShown(drawn, size), reason), setReview)}
          />
          <p className="field-hint">{t('redaction.drawHint')}</p>
        </section>
        <aside className="stack redaction-side">
          <label className="field">
            <span className="field-label">{t('redaction.reasonLabel')}</span>
            <select value={reason} onChange={(event) => setReason(event.currentTarget.value as Reason)} data-testid="redaction-reason">
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {t(`redaction.reason.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <MarkTools
            page={page}
            pageCount={pageCount}
            busy={busy}
            onSearch={(kind, text) =>
              void run(
                () => service.markSearch(kind, text, reason),
                (value) => {
                  setReview(value.review);
                  setStatus(t('redaction.hitsMarked', { count: value.hits }));
                  const first = value.review.marks.at(-1);
                  if (value.added > 0 && first) setPage(value.review.marks[value.review.marks.length - value.added]?.page ?? first.page);
                },
              )
            }
            onArea={(areaPage, area) =>
              void run(
                () => service.markArea(areaPage, area, reason),
                (value) => {
                  setReview(value);
                  setPage(areaPage);
                },
              )
            }
          />
          <h3>{t('redaction.marksTitle', { count: marks.length })}</h3>
          <MarkList marks={marks} busy={busy} onShow={setPage} onRemove={(id) => void run(() => service.removeMark(id), setReview)} />
          {confirming ? (
            <div role="alertdialog" aria-labelledby="redaction-confirm-title" className="notice stack" data-testid="redaction-confirm">
              <p id="redaction-confirm-title" className="notice-title">
                {t('redaction.confirmTitle')}
              </p>
              <p>{t('redaction.confirmExplain', { count: marks.length + (review?.applied?.log.length ?? 0) })}</p>
              <div className="redaction-nav">
                <button
                  type="button"
                  className="button button-primary"
                  data-autofocus
                  disabled={busy}
                  onClick={() =>
                    void run(service.apply, (value) => {
                      setReview(value.review);
                      setConfirming(false);
                      setShowRedacted(true);
                      const pictured = value.pages.filter((p) => p.rasterised !== undefined).map((p) => p.page);
                      setStatus(
                        [t('redaction.applied'), pictured.length > 0 ? t('redaction.pictured', { pages: pictured.join(', ') }) : '']
                          .filter(Boolean)
                          .join(' '),
                      );
                    })
                  }
                >
                  {t('redaction.applyConfirm')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="button button-primary"
              disabled={busy || marks.length === 0}
              onClick={() => setConfirming(true)}
            >
              {t('redaction.apply')}
            </button>
          )}
          {review?.applied ? (
            <button
              type="button"
              className="button button-danger-quiet"
              disabled={busy}
              onClick={() =>
                void run(service.remove, (value) => {
                  setReview(value);
                  setShowRedacted(false);
                  setStatus(t('redaction.removed'));
                })
              }
            >
              {t('redaction.removeRedaction')}
            </button>
          ) : null}
          <p aria-live="polite" className="list-status" data-testid="redaction-status">
            {busy ? t('redaction.working') : status}
            {!busy && status === '' && review?.applied ? t('redaction.appliedOn', { count: review.applied.log.length }) : null}
          </p>
        </aside>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('redaction.close')}
        </button>
      </div>
    </Dialog>
  );
}

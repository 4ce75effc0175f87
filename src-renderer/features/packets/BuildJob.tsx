import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/bridge.ts';
import { usePacketJob } from '../../api/packets.ts';
import { counselGaps } from '../../components/counsel-missing.ts';
import { CounselMissingNotice } from '../../components/CounselMissingNotice.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { percentOf } from './progress.ts';
import { RealNameReport } from './RealNameReport.tsx';
import { SlotFiles } from './SlotFiles.tsx';

export interface BuildJobProps {
  readonly jobId: string;
  readonly onFinished: () => void;
  readonly onDismiss: () => void;
  /** The exhibit's title in the case, to name exhibits the build left out. */
  readonly titleOf: (exhibitId: string) => string | undefined;
  /** Offered when the build stopped on exhibits that cannot be used: build again without them. */
  readonly onRetrySkipping?: (() => void) | undefined;
}

/** A running build's progress bar and Cancel, then its outcome: volumes and "Show in folder". */
export function BuildJob({ jobId, onFinished, onDismiss, titleOf, onRetrySkipping }: BuildJobProps) {
  const { t, i18n } = useTranslation();
  const { status, error } = usePacketJob(jobId, onFinished);
  const [cancelling, setCancelling] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  const state = status?.state ?? 'running';
  useEffect(() => {
    if (state !== 'running') outcome.current?.focus();
  }, [state]);

  // The main process names each item in English; other languages get the rule's own wording.
  const issueText = (issue: { readonly code?: string | undefined; readonly message: string }): string =>
    i18n.resolvedLanguage === 'en' || issue.code === undefined
      ? issue.message
      : t(`packets.issues.${issue.code}`, { defaultValue: issue.message });

  if (error) return <ErrorNotice error={error} />;
  // A missing counsel profile is said once, with the way to Settings, rather than as a list of issues.
  const counselFailure = status?.error ? counselGaps(status.error) : null;
  const percent = status ? percentOf(status) : 0;
  const badExhibits = state === 'failed' && (status?.error?.issues ?? []).some((issue) => issue.code === 'exhibitSkipped');

  return (
    <section aria-labelledby="build-title" className="card stack build-job" data-testid="build-job">
      <h3 id="build-title">{t('packets.buildTitle')}</h3>
      {state === 'running' ? (
        <>
          <div
            role="progressbar"
            aria-label={t('packets.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t(`packets.stage.${status?.progress.stage ?? 'starting'}`)}
            className="packet-progress"
          >
            <span className="packet-progress-fill" style={{ width: `${percent}%` }} />
          </div>
          <p>{t(`packets.stage.${status?.progress.stage ?? 'starting'}`)}</p>
          <button
            type="button"
            className="button"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true);
              void api.packetBuildCancel({ jobId });
            }}
          >
            {t('packets.cancel')}
          </button>
        </>
      ) : (
        <div ref={outcome} tabIndex={-1} className="stack" data-testid="build-outcome">
          {state === 'done' && status?.result ? (
            <>
              <p role="status" className="notice notice-info">
                {status.result.files
                  ? t('packets.doneFiles', { count: status.result.files.length })
                  : t('packets.done', { count: status.result.volumes.length })}
              </p>
              {status.result.files ? (
                <SlotFiles files={status.result.files} maxBytes={status.result.maxBytes} />
              ) : (
                <ul className="volume-list">
                  {status.result.volumes.map((v) => (
                    <li key={v.fileName}>
                      <bdi className="file-name">{v.fileName}</bdi> —{' '}
                      {t('packets.volumeDetail', { pages: v.pages, size: (v.bytes / 2 ** 20).toFixed(1) })}
                    </li>
                  ))}
                </ul>
              )}
              {status.result.warnings && status.result.warnings.length > 0 ? (
                <div className="notice notice-warning">
                  <p>{t('packets.warnings', { count: status.result.warnings.length })}</p>
                  <ul>
                    {status.result.warnings.map((w) => (
                      <li key={`${w.code}@${w.path}`}>
                        {t(w.code.startsWith('hc.') ? `hc.gaps.${w.code.slice(3)}` : `validation.${w.code}`, { defaultValue: w.message })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {status.result.realName ? <RealNameReport entries={status.result.realName} /> : null}
              {status.result.skipped.length > 0 ? (
                <div className="notice notice-warning" data-testid="skipped-exhibits">
                  <p>{t('packets.skipped', { count: status.result.skipped.length })}</p>
                  <p>{t('badExhibits.skippedTitle')}</p>
                  <ul>
                    {status.result.skipped.map((s) => (
                      <li key={s.exhibitId}>
                        <bdi>{titleOf(s.exhibitId) ?? s.exhibitId}</bdi> —{' '}
                        {t(`badExhibits.reason.${s.code}`, { defaultValue: t('badExhibits.reason.other') })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div className="actions start">
                <button type="button" className="button" onClick={() => void api.packetShowInFolder({ jobId })}>
                  {t('packets.showInFolder')}
                </button>
              </div>
            </>
          ) : null}
          {state === 'cancelled' ? <p role="status">{t('packets.cancelled')}</p> : null}
          {state === 'failed' && status?.error && counselFailure ? <CounselMissingNotice gaps={counselFailure} /> : null}
          {state === 'failed' && status?.error && !counselFailure ? <ErrorNotice error={{ ...status.error, issues: [] }} /> : null}
          {state === 'failed' && !counselFailure && status?.error?.issues && status.error.issues.length > 0 ? (
            <ul className="build-issues" data-testid="build-issues">
              {status.error.issues.map((issue) => (
                <li key={`${issue.code ?? ''}@${issue.path}`}>{issueText(issue)}</li>
              ))}
            </ul>
          ) : null}
          {state === 'failed' && status?.error ? <p className="server-message">{status.error.message}</p> : null}
          {badExhibits && onRetrySkipping ? (
            <div className="stack">
              <p className="field-hint" id="retry-skipping-hint">
                {t('badExhibits.retryHint')}
              </p>
              <div className="actions start">
                <button type="button" className="button button-primary" aria-describedby="retry-skipping-hint" onClick={onRetrySkipping}>
                  {t('badExhibits.retry')}
                </button>
              </div>
            </div>
          ) : null}
          <div className="actions start">
            <button type="button" className="button button-quiet" onClick={onDismiss}>
              {t('packets.dismiss')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

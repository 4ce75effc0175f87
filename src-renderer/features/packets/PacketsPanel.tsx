import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { IpcError, PacketPresetName } from '../../../src-main/ipc/contract.ts';
import { portalPresetNames } from '../../../src-main/core/packet-presets.ts';
import { api } from '../../api/bridge.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { usePacketPreview } from '../../api/packets.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { BuildJob } from './BuildJob.tsx';
import { FrenchVersionChecks } from './FrenchVersionChecks.tsx';
import { numberingDefaults, numberingErrors, numberingOptions, type NumberingChoices } from './numbering.ts';
import { NumberingOptions, numberingFieldIds } from './NumberingOptions.tsx';
import { PastBuilds } from './PastBuilds.tsx';
import { ViewerDialog } from '../viewer/ViewerDialog.tsx';
import { TabOrder } from './TabOrder.tsx';
import './packets.css';

const presets = [
  'detention-release-plan',
  'detention-disclosure',
  'detention-application',
  'hc-application',
  'hc',
] as const satisfies readonly PacketPresetName[];

/** A positive whole number typed in a field, or undefined when empty or not a number. */
function positive(text: string): number | undefined {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Workflow 8: choose the preset, order the tabs, preview, build with progress and cancel. */
export function PacketsPanel({
  editor,
  draft,
  revision,
}: {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly revision: number;
}) {
  const { t } = useTranslation();
  const [viewingPacket, setViewingPacket] = useState(false);
  const [preset, setPreset] = useState<PacketPresetName>(draft.kind === 'hc' ? 'hc-application' : 'detention-release-plan');
  const [maxMb, setMaxMb] = useState('');
  const [maxPages, setMaxPages] = useState('');
  const [skipBad, setSkipBad] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<IpcError | null>(null);
  const [starting, setStarting] = useState(false);
  const [numbering, setNumbering] = useState<NumberingChoices>({ startNumber: '' });
  const [refused, setRefused] = useState(false);
  const { preview, error: previewError } = usePacketPreview(draft.id, preset, revision);
  const defaults = numberingDefaults(preview?.numbering);
  const invalid = numberingErrors(numbering, defaults);
  const slotted = preview?.entries.some((e) => e.file !== undefined) ?? false;

  const start = async (skipping = skipBad) => {
    const numberingChosen = numberingOptions(numbering, defaults);
    const firstInvalid = invalid[0];
    if (numberingChosen === undefined || firstInvalid !== undefined) {
      setRefused(true);
      if (firstInvalid !== undefined) document.getElementById(numberingFieldIds[firstInvalid])?.focus();
      return;
    }
    setRefused(false);
    setStarting(true);
    setStartError(null);
    await editor.flush();
    const portal = portalPresetNames.includes(preset);
    const mb = positive(maxMb);
    const pages = portal ? undefined : positive(maxPages);
    const result = await api.packetBuildStart({
      caseId: draft.id,
      preset,
      options: {
        skipBadExhibits: skipping,
        ...(mb === undefined ? {} : { maxBytes: mb * (portal ? 1_000_000 : 2 ** 20) }),
        ...(pages === undefined ? {} : { maxPages: pages }),
        ...numberingChosen,
      },
    });
    setStarting(false);
    if (result.ok) setJobId(result.value.jobId);
    else setStartError(result.error);
  };

  return (
    <div className="stack packets">
      <h2>{t('packets.title')}</h2>
      {draft.exhibits.length === 0 ? <p className="notice notice-info">{t('packets.noExhibits')}</p> : null}
      <div className="field field-medium">
        <label htmlFor="packet-preset">{t('packets.preset')}</label>
        <select id="packet-preset" value={preset} onChange={(event) => setPreset(event.target.value as PacketPresetName)}>
          {presets.map((p) => (
            <option key={p} value={p}>
              {t(`packets.presets.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {draft.exhibits.length > 0 ? <TabOrder editor={editor} draft={draft} /> : null}
      <fieldset className="stack packet-options">
        <legend>{t('packets.options')}</legend>
        <div className="field-row">
          {portalPresetNames.includes(preset) ? (
            <div className="field field-medium">
              <label htmlFor="packet-max-mb">{t('packets.portalMaxMb')}</label>
              <input
                id="packet-max-mb"
                inputMode="numeric"
                placeholder="4"
                aria-describedby="packet-max-mb-hint"
                value={maxMb}
                onChange={(event) => setMaxMb(event.target.value)}
              />
              <p id="packet-max-mb-hint" className="field-hint">
                {t('packets.portalMaxMbHint')}
              </p>
            </div>
          ) : (
            <>
              <div className="field field-short">
                <label htmlFor="packet-max-mb">{t('packets.maxMb')}</label>
                <input id="packet-max-mb" inputMode="numeric" value={maxMb} onChange={(event) => setMaxMb(event.target.value)} />
              </div>
              <div className="field field-short">
                <label htmlFor="packet-max-pages">{t('packets.maxPages')}</label>
                <input id="packet-max-pages" inputMode="numeric" value={maxPages} onChange={(event) => setMaxPages(event.target.value)} />
              </div>
            </>
          )}
        </div>
        <NumberingOptions choices={numbering} defaults={defaults} onChange={setNumbering} />
        <label className="checkbox">
          <input type="checkbox" checked={skipBad} onChange={(event) => setSkipBad(event.target.checked)} />
          {t('packets.skipBad')}
        </label>
      </fieldset>
      <section aria-labelledby="preview-title" className="stack">
        <h3 id="preview-title">{t('packets.previewTitle')}</h3>
        <ErrorNotice error={previewError} />
        {preview && preview.entries.length > 0 ? (
          <>
            <p className="field-hint">{t('packets.previewHint')}</p>
            <table className="data-table packet-preview" data-testid="packet-preview">
              <caption className="visually-hidden">{t('packets.previewTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('packets.colTab')}</th>
                  <th scope="col">{t('packets.colDocument')}</th>
                  <th scope="col">{t('packets.colDate')}</th>
                  <th scope="col">{t('packets.colPages')}</th>
                  {slotted ? <th scope="col">{t('packets.colFile')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {preview.entries.map((entry) => (
                  <tr key={entry.key}>
                    <td>{entry.tab}</td>
                    <th scope="row" className={entry.depth > 0 ? 'packet-preview-sub' : undefined}>
                      <bdi>{entry.title}</bdi>
                    </th>
                    <td>{entry.date ?? ''}</td>
                    <td>
                      {entry.firstLabel === entry.lastLabel ? entry.firstLabel : `${entry.firstLabel}–${entry.lastLabel}`}
                      {entry.estimated ? <span className="field-hint"> {t('packets.estimatedPages')}</span> : null}
                    </td>
                    {slotted ? <td>{entry.file ?? ''}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>{t('packets.previewEmpty')}</p>
        )}
      </section>
      <FrenchVersionChecks draft={draft} preset={preset} />
      <div className="actions start">
        <button
          type="button"
          className="button button-primary"
          disabled={starting || draft.exhibits.length === 0 || jobId !== null}
          onClick={() => void start()}
        >
          {t('packets.build')}
        </button>
      </div>
      {refused && invalid.length > 0 ? (
        <p role="alert" className="notice notice-error" data-testid="options-invalid">
          {t('packets.errors.refused')}
        </p>
      ) : null}
      {startError?.code === 'CANCELLED' ? <p role="status">{t('packets.noFolder')}</p> : <ErrorNotice error={startError} />}
      {jobId !== null ? (
        <BuildJob
          jobId={jobId}
          onFinished={() => void editor.load()}
          onDismiss={() => setJobId(null)}
          titleOf={(exhibitId) => draft.exhibits.find((e) => e.id === exhibitId)?.title}
          onRetrySkipping={
            skipBad
              ? undefined
              : () => {
                  setSkipBad(true);
                  setJobId(null);
                  void start(true);
                }
          }
        />
      ) : null}
      {draft.builds.length > 0 ? (
        <div className="actions start">
          <button type="button" className="button" data-testid="packet-view-last" onClick={() => setViewingPacket(true)}>
            {t('viewer.viewLastPacket')}
          </button>
        </div>
      ) : null}
      {viewingPacket ? (
        <ViewerDialog source={{ kind: 'packet', caseId: draft.id, volume: 0 }} onClose={() => setViewingPacket(false)} />
      ) : null}
      <PastBuilds builds={draft.builds} />
    </div>
  );
}

import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { DocumentKind } from '../../api/document-output.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { useDocumentPreview, type DocumentRequest } from '../../api/document-output.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import type { TabId } from '../workspace/tabs.ts';
import { DocumentFrame } from './DocumentFrame.tsx';
import { DocumentProblems } from './DocumentProblems.tsx';
import { defaultDocumentLanguage, documentKindsFor, keptTarget, requestOptions, targetKindOf, targetsFor } from './kinds.ts';
import { SaveControls } from './SaveControls.tsx';
import { defaultTargetLabel, targetLabel } from './target-labels.ts';
import type { WordingSlot } from './wording-slot.ts';
import './documents.css';

type DocLang = 'en' | 'fr';

const languages: readonly { readonly value: DocLang; readonly label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
];

/**
 * The Documents tab: every document the case can make, for the statement, bondsperson, hearing
 * or service record chosen, in English or French, previewed as it will print, and saved as PDF
 * or DOCX. What the case lacks is listed first, each with a way to the field.
 */
export function DocumentsPanel({
  editor,
  draft,
  revision,
  onGoToField,
  wordingEditor,
}: {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly revision: number;
  readonly onGoToField: (tab: TabId, path: string) => void;
  /** The per-case wording editor's slot, under the choices; empty when none is given. */
  readonly wordingEditor?: WordingSlot | undefined;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const pickerId = useId();
  const kinds = documentKindsFor(draft.kind);
  const [kind, setKind] = useState<DocumentKind>(kinds[0] ?? 'timeline');
  const [chosenTarget, setTarget] = useState('');
  const [lang, setLang] = useState<DocLang>(defaultDocumentLanguage(draft));
  const targetKind = targetKindOf(kind);
  const targets = useMemo(() => targetsFor(draft, kind), [draft, kind]);
  const target = keptTarget(targets, chosenTarget);
  const options = requestOptions(kind, target);
  const request: DocumentRequest = { caseId: draft.id, kind, lang, options };
  const { preview, error, loading, refresh } = useDocumentPreview(request, revision);
  const name = t(`templates.names.${kind}`);
  const problems = preview?.problems ?? [];
  const checks = preview?.warnings ?? [];
  const ready = !loading && preview?.html != null && problems.length === 0;

  return (
    <section className="card form-section documents" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('documents.title')}</h2>
      <p className="field-hint">{t('documents.hint')}</p>
      <div className="documents-layout">
        <div className="documents-choices">
          <fieldset className="choice-group documents-kinds">
            <legend>{t('documents.kindLegend')}</legend>
            {kinds.map((k) => (
              <label key={k} className="checkbox">
                <input
                  type="radio"
                  name="document-kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    setTarget('');
                  }}
                />
                {t(`templates.names.${k}`)}
              </label>
            ))}
          </fieldset>
          {targetKind === null ? null : (
            <div className="field">
              <label htmlFor={pickerId}>{t(`documents.target.${targetKind}`)}</label>
              <select id={pickerId} value={target} onChange={(event) => setTarget(event.target.value)}>
                <option value="">{defaultTargetLabel(t, targetKind)}</option>
                {targets.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {targetLabel(t, i18n.language, choice)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <fieldset className="choice-group documents-language">
            <legend>{t('documents.language')}</legend>
            {languages.map((choice) => (
              <label key={choice.value} className="checkbox" lang={choice.value}>
                <input
                  type="radio"
                  name="document-language"
                  value={choice.value}
                  checked={lang === choice.value}
                  onChange={() => setLang(choice.value)}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
          <DocumentProblems problems={problems} caseKind={draft.kind} targetPickerId={pickerId} onGoToField={onGoToField} />
          <DocumentProblems what="check" problems={checks} caseKind={draft.kind} targetPickerId={pickerId} onGoToField={onGoToField} />
          <ErrorNotice error={error} />
          <SaveControls request={request} ready={ready} beforeSave={() => editor.flush()} />
          {wordingEditor ? (
            <div className="documents-wording" data-testid="wording-slot">
              {wordingEditor({ caseId: draft.id, kind, lang, target: options, onChanged: refresh })}
            </div>
          ) : null}
        </div>
        <div className="documents-preview" aria-busy={loading}>
          {preview?.html != null && preview.page !== null ? (
            <>
              <p className="field-hint">{t('documents.pageNote')}</p>
              <DocumentFrame html={preview.html} page={preview.page} title={t('documents.previewTitle', { name })} />
            </>
          ) : loading ? (
            <p className="field-hint">{t('documents.loading')}</p>
          ) : null}
        </div>
      </div>
    </section>
  );
}

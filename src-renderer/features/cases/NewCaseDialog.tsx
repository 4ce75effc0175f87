import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseKinds, scriptNameSchema, type CaseKind } from '../../../src-main/core/model/case.ts';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { problemsOf } from '../../api/validation.ts';
import { CodePicker } from '../../components/CodePicker.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { langOfScriptCode } from '../../../src-main/core/lang/script-groups.ts';
import { scriptAfterEdit } from '../../../src-main/core/lang/guess-script.ts';
import { describeProblem } from '../../i18n/describe.ts';
import { caseKindLabel } from './labels.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

export interface NewCaseDialogProps {
  readonly onClose: () => void;
  readonly onCreated: (id: string) => void;
}

export function NewCaseDialog({ onClose, onCreated }: NewCaseDialogProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<CaseKind>('detention-review');
  const [familyName, setFamilyName] = useState('');
  const [givenNames, setGivenNames] = useState('');
  const [scriptName, setScriptName] = useState('');
  const [script, setScript] = useState('');
  const [fileNumber, setFileNumber] = useState('');
  // The language of proceedings starts as Settings' default document language, until the user picks one.
  const [language, setLanguage] = useState<'en' | 'fr' | null>(null);
  const [defaultLanguage, setDefaultLanguage] = useState<'en' | 'fr'>('en');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    let current = true;
    void api.settingsGet().then((result) => {
      if (current && result.ok) setDefaultLanguage(result.value.documentLanguage);
    });
    return () => {
      current = false;
    };
  }, []);

  const hasScriptName = scriptName.trim() !== '';
  const scriptCheck = hasScriptName ? scriptNameSchema.safeParse({ script: script.trim(), value: scriptName.trim() }) : null;
  const scriptProblem = scriptCheck && !scriptCheck.success ? problemsOf(scriptCheck.error).find((p) => p.path === 'script') : undefined;
  const noName = familyName.trim() === '' && givenNames.trim() === '' && !hasScriptName;
  const nameError = submitted && noName ? t('newCase.needName') : undefined;
  const scriptError = submitted && scriptProblem ? describeProblem(t, scriptProblem) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if (noName || scriptProblem) {
      // Wait for the error to render, then take the user to the first field that needs attention.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    const result = await api.caseCreate({
      kind,
      name: {
        familyName: familyName.trim(),
        givenNames: givenNames.trim(),
        namesInScript: hasScriptName ? [{ script: script.trim(), value: scriptName.trim() }] : [],
      },
      ...(fileNumber.trim() === '' ? {} : { fileNumber: fileNumber.trim() }),
      languageOfProceedings: language ?? defaultLanguage,
    });
    setBusy(false);
    if (result.ok) onCreated(result.value.case.id);
    else setError(result.error);
  };

  return (
    <Dialog title={t('newCase.title')} onClose={onClose}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="stack">
        <fieldset className="choice-group">
          <legend>{t('newCase.kind')}</legend>
          {caseKinds.map((value, index) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
                {...(index === 0 ? { 'data-autofocus': true } : {})}
              />
              <span>
                <strong>{caseKindLabel(t, value)}</strong>
                <span className="choice-detail">{t(`newCase.kindDetail.${value}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <TextField
            label={t('client.familyName')}
            value={familyName}
            onChange={setFamilyName}
            checkInvisible
            error={nameError}
            dir="auto"
          />
          <TextField label={t('client.givenNames')} value={givenNames} onChange={setGivenNames} checkInvisible dir="auto" />
        </div>
        <div className="field-row">
          <TextField
            label={t('newCase.scriptName')}
            note={t('newCase.scriptNameHint')}
            value={scriptName}
            onChange={(value) => {
              setScript(scriptAfterEdit(script, scriptName, value));
              setScriptName(value);
            }}
            checkInvisible
            dir="auto"
            lang={langOfScriptCode(script.trim())}
            className="script-name"
          />
          <CodePicker
            kind="script"
            label={t('client.scriptCode')}
            emptyNote={t('client.scriptCodeHint')}
            value={script}
            onChange={setScript}
            size="medium"
            error={scriptError}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t(kind === 'hc' ? 'matter.issuer.IRCC' : 'matter.newCase.irbFileNumber')}
            hint={t(kind === 'hc' ? 'matter.issuerHint.IRCC' : 'matter.newCase.irbFileNumberHint')}
            value={fileNumber}
            onChange={setFileNumber}
            size="medium"
          />
          <SelectField
            label={t('matter.newCase.language')}
            value={language ?? defaultLanguage}
            options={[
              { value: 'en', label: 'English' },
              { value: 'fr', label: 'Français' },
            ]}
            onChange={setLanguage}
            size="medium"
          />
        </div>
        <ErrorNotice error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('newCase.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

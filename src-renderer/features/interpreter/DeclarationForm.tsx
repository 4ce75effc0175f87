import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, TextAreaField, TextField } from '../../components/Field.tsx';
import { CheckField } from '../../components/inputs.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { signatureProblem, toBase64, type InterpreterWork, type WorkProblem } from './request.ts';

export interface DeclarationFormProps {
  readonly work: InterpreterWork;
  readonly onChange: (change: (work: InterpreterWork) => InterpreterWork) => void;
  /** The certification the request asks for (an affidavit adds the commissioner). */
  readonly certification: string | undefined;
  /** Problems to show at their fields, once the interpreter has tried to export. */
  readonly problems: readonly WorkProblem[];
}

/**
 * Who translated and their signed declaration: name, languages, the statement of accuracy, the
 * date, a typed signature and, if they wish, an image of their signature; the commissioner's
 * details when IRCC asks for an affidavit.
 */
export function DeclarationForm({ work, onChange, certification, problems }: DeclarationFormProps) {
  const { t } = useTranslation();
  const signatureId = useId();
  const [signatureError, setSignatureError] = useState<string | null>(null);
  const has = (problem: WorkProblem) => problems.includes(problem);
  const setDeclaration = (change: Partial<InterpreterWork['declaration']>) =>
    onChange((w) => ({ ...w, declaration: { ...w.declaration, ...change } }));
  const setAssociation = (change: Partial<InterpreterWork['association']>) =>
    onChange((w) => ({ ...w, association: { ...w.association, ...change } }));
  const setAffidavit = (change: Partial<InterpreterWork['affidavit']>) =>
    onChange((w) => ({ ...w, affidavit: { ...w.affidavit, ...change } }));

  const chooseSignature = async (file: File | undefined) => {
    setSignatureError(null);
    if (!file) return;
    const problem = signatureProblem(file);
    if (problem) {
      setSignatureError(t(`interpreter.signature.${problem}`));
      return;
    }
    const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
    setDeclaration({ signatureImage: { mime: file.type === 'image/png' ? 'image/png' : 'image/jpeg', base64 } });
  };
  const image = work.declaration.signatureImage;

  return (
    <div className="stack it-declaration">
      <fieldset className="group-box">
        <legend>{t('interpreter.aboutYou')}</legend>
        <div className="field-row">
          <TextField
            label={t('client.familyName')}
            value={work.familyName}
            onChange={(familyName) => onChange((w) => ({ ...w, familyName }))}
            error={has('familyName') ? t('interpreter.problems.familyName') : undefined}
            dir="auto"
            size="medium"
          />
          <TextField
            label={t('client.givenNames')}
            value={work.givenNames}
            onChange={(givenNames) => onChange((w) => ({ ...w, givenNames }))}
            dir="auto"
            size="medium"
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('translators.email')}
            value={work.email}
            onChange={(email) => onChange((w) => ({ ...w, email }))}
            inputMode="email"
            size="medium"
          />
          <TextField
            label={t('translators.phone')}
            value={work.phone}
            onChange={(phone) => onChange((w) => ({ ...w, phone }))}
            inputMode="tel"
            size="medium"
          />
        </div>
        <div className="field-row align-end">
          <TextField
            label={t('translators.association')}
            value={work.association.name}
            onChange={(name) => setAssociation({ name })}
            size="short"
          />
          <TextField
            label={t('translators.memberNo')}
            value={work.association.memberNo}
            onChange={(memberNo) => setAssociation({ memberNo })}
            size="short"
          />
          <CheckField
            label={t('translators.certified')}
            checked={work.association.certified}
            onChange={(certified) => setAssociation({ certified })}
          />
        </div>
        {certification === 'IRCC_CERTIFIED_MEMBER' || work.association.certified ? (
          <TextField
            label={t('translators.stampText')}
            hint={t('translators.stampTextHint')}
            value={work.association.stampText}
            onChange={(stampText) => setAssociation({ stampText })}
            dir="auto"
            size="long"
          />
        ) : null}
      </fieldset>

      <fieldset className="group-box">
        <legend>{t('interpreter.declaration')}</legend>
        <p className="field-hint">{t('interpreter.declarationHint')}</p>
        <div className="field-row">
          <TextField
            label={t('statements.declaration.translatorName')}
            value={work.declaration.translatorName}
            onChange={(translatorName) => setDeclaration({ translatorName })}
            error={has('translatorName') ? t('interpreter.problems.translatorName') : undefined}
            dir="auto"
            size="medium"
          />
          <TextField
            label={t('statements.declaration.languageAndDialect')}
            value={work.declaration.languageAndDialect}
            onChange={(languageAndDialect) => setDeclaration({ languageAndDialect })}
            size="long"
          />
        </div>
        <TextAreaField
          label={t('statements.declaration.accuracy')}
          value={work.declaration.accuracyStatement}
          onChange={(accuracyStatement) => setDeclaration({ accuracyStatement })}
          error={has('accuracyStatement') ? t('interpreter.problems.accuracyStatement') : undefined}
          rows={3}
        />
        <div className="field-row align-end">
          <TextField
            label={t('interpreter.typedSignature')}
            hint={t('interpreter.typedSignatureHint')}
            value={work.declaration.typedSignature}
            onChange={(typedSignature) => setDeclaration({ typedSignature })}
            dir="auto"
            size="medium"
          />
          <DateField
            label={t('statements.declaration.signedAt')}
            value={work.declaration.signedAt}
            onChange={(signedAt) => setDeclaration({ signedAt })}
            error={has('signedAt') ? t('interpreter.problems.signedAt') : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={signatureId}>{t('interpreter.signature.label')}</label>
          <p id={`${signatureId}-hint`} className="field-hint">
            {t('interpreter.signature.hint')}
          </p>
          <input
            id={signatureId}
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={[`${signatureId}-hint`, signatureError ? `${signatureId}-error` : ''].join(' ').trim()}
            aria-invalid={signatureError ? true : undefined}
            onChange={(event) => void chooseSignature(event.target.files?.[0])}
          />
          {signatureError ? <FieldError id={`${signatureId}-error`} message={signatureError} /> : null}
        </div>
        {image ? (
          <div className="signature-preview">
            <img src={`data:${image.mime};base64,${image.base64}`} alt={t('interpreter.signature.alt')} />
            <button
              type="button"
              className="button button-small button-danger-quiet"
              onClick={() => setDeclaration({ signatureImage: null })}
            >
              {t('interpreter.signature.remove')}
            </button>
          </div>
        ) : null}
      </fieldset>

      {certification === 'IRCC_AFFIDAVIT' ? (
        <fieldset className="group-box">
          <legend>{t('statements.affidavit.legend')}</legend>
          <p className="field-hint">{t('statements.affidavit.hint')}</p>
          {has('affidavit') ? <p className="field-error">{t('interpreter.problems.affidavit')}</p> : null}
          <div className="field-row">
            <TextField
              label={t('statements.affidavit.commissionerName')}
              value={work.affidavit.commissionerName}
              onChange={(commissionerName) => setAffidavit({ commissionerName })}
              size="medium"
            />
            <TextField
              label={t('statements.affidavit.commissionerTitle')}
              value={work.affidavit.commissionerTitle}
              onChange={(commissionerTitle) => setAffidavit({ commissionerTitle })}
              size="medium"
            />
          </div>
          <div className="field-row">
            <TextField
              label={t('statements.affidavit.place')}
              value={work.affidavit.place}
              onChange={(place) => setAffidavit({ place })}
              size="medium"
            />
            <DateField
              label={t('statements.affidavit.swornAt')}
              value={work.affidavit.swornAt}
              onChange={(swornAt) => setAffidavit({ swornAt })}
            />
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}

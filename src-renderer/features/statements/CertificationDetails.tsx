import { useTranslation } from 'react-i18next';
import type { Case, TranslationDestination } from '../../../src-main/core/model/case.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { ExhibitSelect } from '../../components/ExhibitPicker.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { personName } from '../../case-edit/people.ts';
import { accuracyWording, emptyAffidavit, emptyCertifiedMember, emptyDeclaration, isBlank, usualCertification } from './certification.ts';
import { defaultTranslationRules } from '../../../src-main/core/rules/translation-rules-data.ts';
import { spokenName } from '../detention/interpreter.ts';
import { useLanguageNamesIn } from './languages.tsx';
import type { Statement, StatementTranslation } from './model.ts';

type Declaration = NonNullable<StatementTranslation['declaration']>;
type Affidavit = NonNullable<StatementTranslation['affidavit']>;
type CertifiedMember = NonNullable<StatementTranslation['certifiedMember']>;

export interface CertificationDetailsProps {
  readonly draft: Case;
  readonly statement: Statement;
  readonly translation: StatementTranslation;
  readonly destination: TranslationDestination | undefined;
  readonly setTranslation: (change: (translation: StatementTranslation) => StatementTranslation) => void;
  /** Problems under `statements.N.translation`. */
  readonly errorAt: ErrorAt;
}

/**
 * What certifies the translation: the rules' findings for the destination, and the parts the
 * chosen certification prints — the translator's declaration, the commissioner before whom an
 * affidavit is sworn, or the certified member's stamp.
 */
export function CertificationDetails({ draft, statement, translation, destination, setTranslation, errorAt }: CertificationDetailsProps) {
  const { t, i18n } = useTranslation();
  const namesIn = useLanguageNamesIn();
  const translator = draft.people.find((p) => p.id === translation.translatorId);
  const kind = translation.certification;
  const declaration = translation.declaration ?? emptyDeclaration;
  const affidavit = translation.affidavit ?? emptyAffidavit;
  const member = translation.certifiedMember ?? emptyCertifiedMember;
  const declarationError = under(errorAt, 'declaration');
  const affidavitError = under(errorAt, 'affidavit');
  const memberError = under(errorAt, 'certifiedMember');

  const setDeclaration = (change: (d: Declaration) => Declaration) =>
    setTranslation((tr) => {
      const next = change(tr.declaration ?? emptyDeclaration);
      return withOptional(tr, 'declaration', isBlank(next) ? undefined : next);
    });
  const setAffidavit = (change: (a: Affidavit) => Affidavit) =>
    setTranslation((tr) => {
      const next = change(tr.affidavit ?? emptyAffidavit);
      return withOptional(tr, 'affidavit', isBlank(next) ? undefined : next);
    });
  const setMember = (change: (m: CertifiedMember) => CertifiedMember) =>
    setTranslation((tr) => {
      const next = change(tr.certifiedMember ?? emptyCertifiedMember);
      return withOptional(tr, 'certifiedMember', isBlank(next) ? undefined : next);
    });

  const fillDeclaration = () => {
    // The declaration is printed in the translation's language, so it is worded in that language.
    const docT = i18n.getFixedT(translation.lang);
    const from = spokenName(statement.lang, namesIn(translation.lang));
    const into = docT(`statements.targetLangs.${translation.lang}`);
    const dialect = statement.dialect?.trim() || undefined;
    setDeclaration((d) => ({
      ...d,
      translatorName: d.translatorName || (translator ? personName(translator) : ''),
      languageAndDialect:
        d.languageAndDialect || docT('statements.declaration.languageAndDialectValue', { from: dialect ?? from, to: into }),
      accuracyStatement:
        d.accuracyStatement ||
        accuracyWording(defaultTranslationRules, kind ?? usualCertification(destination, defaultTranslationRules), translation.lang, {
          from,
          into,
        }),
    }));
  };
  const fillMember = () =>
    setMember((m) => ({
      association: m.association || (translator?.translator?.association?.name ?? ''),
      memberNumber: m.memberNumber || (translator?.translator?.association?.memberNo ?? ''),
      stampText: m.stampText || (translator?.translator?.association?.stampText ?? ''),
    }));

  return (
    <div className="st-certification">
      {kind === 'IRCC_CERTIFIED_MEMBER' ? null : (
        <fieldset className="group-box">
          <legend>{t('statements.declaration.legend')}</legend>
          <p className="field-hint">{t('statements.declaration.hint')}</p>
          <div className="field-row">
            <TextField
              label={t('statements.declaration.translatorName')}
              value={declaration.translatorName}
              onChange={(translatorName) => setDeclaration((d) => ({ ...d, translatorName }))}
              error={declarationError('translatorName')}
              dir="auto"
              size="medium"
            />
            <TextField
              label={t('statements.declaration.languageAndDialect')}
              hint={t('statements.declaration.languageAndDialectHint')}
              value={declaration.languageAndDialect}
              onChange={(languageAndDialect) => setDeclaration((d) => ({ ...d, languageAndDialect }))}
              error={declarationError('languageAndDialect')}
              size="long"
            />
          </div>
          <TextAreaField
            label={t('statements.declaration.accuracy')}
            value={declaration.accuracyStatement}
            onChange={(accuracyStatement) => setDeclaration((d) => ({ ...d, accuracyStatement }))}
            error={declarationError('accuracyStatement')}
            rows={2}
          />
          <div className="field-row align-end">
            <TextField
              label={t('statements.declaration.typedSignature')}
              value={declaration.typedSignature ?? ''}
              onChange={(value) => setDeclaration((d) => withOptional(d, 'typedSignature', value))}
              error={declarationError('typedSignature')}
              dir="auto"
              size="medium"
            />
            <DateField
              label={t('statements.declaration.signedAt')}
              value={declaration.signedAt ?? ''}
              onChange={(value) => setDeclaration((d) => withOptional(d, 'signedAt', value))}
              error={declarationError('signedAt')}
            />
            <ExhibitSelect
              label={t('statements.declaration.signatureExhibit')}
              exhibits={draft.exhibits}
              value={declaration.signatureExhibitId}
              onChange={(id) => setDeclaration((d) => withOptional(d, 'signatureExhibitId', id))}
              error={declarationError('signatureExhibitId')}
            />
          </div>
          {declaration.signatureImage ? <p className="field-hint">{t('statements.declaration.signedWithImage')}</p> : null}
          <button type="button" className="button button-small" onClick={fillDeclaration}>
            {t('statements.declaration.fill')}
          </button>
        </fieldset>
      )}
      {kind === 'IRCC_AFFIDAVIT' ? (
        <fieldset className="group-box">
          <legend>{t('statements.affidavit.legend')}</legend>
          <p className="field-hint">{t('statements.affidavit.hint')}</p>
          <div className="field-row">
            <TextField
              label={t('statements.affidavit.commissionerName')}
              value={affidavit.commissionerName}
              onChange={(commissionerName) => setAffidavit((a) => ({ ...a, commissionerName }))}
              error={affidavitError('commissionerName')}
              size="medium"
            />
            <TextField
              label={t('statements.affidavit.commissionerTitle')}
              value={affidavit.commissionerTitle}
              onChange={(commissionerTitle) => setAffidavit((a) => ({ ...a, commissionerTitle }))}
              error={affidavitError('commissionerTitle')}
              size="medium"
            />
          </div>
          <div className="field-row">
            <TextField
              label={t('statements.affidavit.place')}
              value={affidavit.place}
              onChange={(place) => setAffidavit((a) => ({ ...a, place }))}
              error={affidavitError('place')}
              size="medium"
            />
            <DateField
              label={t('statements.affidavit.swornAt')}
              value={affidavit.swornAt ?? ''}
              onChange={(value) => setAffidavit((a) => withOptional(a, 'swornAt', value))}
              error={affidavitError('swornAt')}
            />
          </div>
        </fieldset>
      ) : null}
      {kind === 'IRCC_CERTIFIED_MEMBER' ? (
        <fieldset className="group-box">
          <legend>{t('statements.member.legend')}</legend>
          <p className="field-hint">{t('statements.member.hint')}</p>
          <div className="field-row">
            <TextField
              label={t('statements.member.association')}
              value={member.association}
              onChange={(association) => setMember((m) => ({ ...m, association }))}
              error={memberError('association')}
              size="short"
            />
            <TextField
              label={t('statements.member.memberNumber')}
              value={member.memberNumber}
              onChange={(memberNumber) => setMember((m) => ({ ...m, memberNumber }))}
              error={memberError('memberNumber')}
              size="short"
            />
          </div>
          <TextField
            label={t('statements.member.stampText')}
            value={member.stampText}
            onChange={(stampText) => setMember((m) => ({ ...m, stampText }))}
            error={memberError('stampText')}
            dir="auto"
            size="long"
          />
          <button type="button" className="button button-small" onClick={fillMember} disabled={!translator?.translator?.association}>
            {t('statements.member.fill')}
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}

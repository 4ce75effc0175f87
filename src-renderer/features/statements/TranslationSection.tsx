import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  certificationKinds,
  translationDestinations,
  type Case,
  type CertificationKind,
  type TranslationDestination,
} from '../../../src-main/core/model/case.ts';
import { SelectField } from '../../components/Field.tsx';
import { withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { DateField } from '../../components/date/DateField.tsx';
import { personName } from '../../case-edit/people.ts';
import { CertificationDetails } from './CertificationDetails.tsx';
import { CertifiedCopySection } from './CertifiedCopySection.tsx';
import { CertificationFindings } from './CertificationFindings.tsx';
import type { Statement, StatementTranslation, StatementUpdate } from './model.ts';
import { defaultDestination } from './certification.ts';
import { translatorsOf } from './translators.ts';
import { chosenTranslation, withoutTranslation, withTranslation } from '../../../src-main/core/model/translations.ts';

export interface TranslationSectionProps {
  readonly draft: Case;
  readonly statement: Statement;
  /** The translation this section edits: the statement's translation into this language. */
  readonly lang: StatementTranslation['lang'];
  readonly update: StatementUpdate;
  /** Its language was changed: the editor shows the translation under its new language. */
  readonly onLangChange: (lang: StatementTranslation['lang']) => void;
  /** Problems under `statements.N.translations.M`. */
  readonly errorAt: ErrorAt;
}

/**
 * The translation's language, its translator from the registry, where it is filed and the
 * certification that destination needs, with the declaration, affidavit or stamp it carries.
 */
export function TranslationSection({ draft, statement, lang, update, onLangChange, errorAt }: TranslationSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const translation: StatementTranslation = chosenTranslation(statement, lang) ?? { lang, paragraphs: [] };
  const setTranslation = (change: (translation: StatementTranslation) => StatementTranslation) =>
    update((s) => withTranslation(s, change(chosenTranslation(s, lang) ?? translation)));
  // A language another translation of the statement already has is not offered: one translation per language.
  const langs = (['en', 'fr'] as const).filter((l) => l === lang || !statement.translations.some((tr) => tr.lang === l));
  const changeLang = (next: StatementTranslation['lang']) => {
    if (next === lang) return;
    update((s) => withTranslation(withoutTranslation(s, lang), { ...(chosenTranslation(s, lang) ?? translation), lang: next }));
    onLangChange(next);
  };
  const translators = translatorsOf(draft);
  const translatorOptions = [
    { value: '', label: t('statements.noTranslator') },
    ...translators.map(({ person }) => ({ value: person.id, label: personName(person) || t('translators.unnamed') })),
  ];
  if (translation.translatorId !== undefined && !translators.some(({ person }) => person.id === translation.translatorId))
    translatorOptions.push({ value: translation.translatorId, label: t('statements.translatorMissing') });
  const caseDestination = defaultDestination(draft);
  const destination = translation.destination ?? caseDestination;

  return (
    <fieldset className="st-translation-meta" aria-labelledby={titleId}>
      <legend id={titleId}>{t('statementTranslations.legend', { language: t(`statements.targetLangs.${lang}`) })}</legend>
      <div className="st-translation-layout">
        <div className="st-translation-fields">
          <div className="field-row">
            <SelectField<StatementTranslation['lang']>
              label={t('statements.translationLang')}
              value={translation.lang}
              options={langs.map((l) => ({ value: l, label: t(`statements.targetLangs.${l}`) }))}
              onChange={changeLang}
              error={errorAt('lang')}
              size="short"
            />
            <SelectField<string>
              label={t('statements.translator')}
              value={translation.translatorId ?? ''}
              options={translatorOptions}
              onChange={(id) => setTranslation((tr) => withOptional(tr, 'translatorId', id === '' ? undefined : id))}
              error={errorAt('translatorId')}
              size="medium"
            />
            <DateField
              label={t('statements.completedAt')}
              value={translation.completedAt ?? ''}
              onChange={(value) => setTranslation((tr) => withOptional(tr, 'completedAt', value))}
              error={errorAt('completedAt')}
            />
          </div>
          {translators.length === 0 ? <p className="field-hint">{t('statements.noTranslators')}</p> : null}
          <div className="field-row">
            <SelectField<TranslationDestination | ''>
              label={t('statements.destination')}
              value={translation.destination ?? ''}
              options={[
                {
                  value: '',
                  label: caseDestination
                    ? t('statements.destinationFromCase', { destination: t(`statements.destinations.${caseDestination}`) })
                    : t('statements.destinationNone'),
                },
                ...translationDestinations.map((d) => ({ value: d, label: t(`statements.destinations.${d}`) })),
              ]}
              onChange={(d) => setTranslation((tr) => withOptional(tr, 'destination', d === '' ? undefined : d))}
              error={errorAt('destination')}
              size="long"
            />
            <SelectField<CertificationKind | ''>
              label={t('statements.certification')}
              value={translation.certification ?? ''}
              options={[
                { value: '', label: t('statements.noCertification') },
                ...certificationKinds.map((c) => ({ value: c, label: t(`statements.certifications.${c}`) })),
              ]}
              onChange={(c) => setTranslation((tr) => withOptional(tr, 'certification', c === '' ? undefined : c))}
              error={errorAt('certification')}
              size="long"
            />
          </div>
        </div>
        <CertificationFindings draft={draft} statement={{ ...statement, translation }} destination={destination} />
      </div>
      <CertificationDetails
        draft={draft}
        statement={statement}
        translation={translation}
        destination={destination}
        setTranslation={setTranslation}
        errorAt={errorAt}
      />
      {destination === 'IRCC' ? (
        <CertifiedCopySection draft={draft} translation={translation} setTranslation={setTranslation} errorAt={errorAt} />
      ) : null}
    </fieldset>
  );
}

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

export interface TranslationSectionProps {
  readonly draft: Case;
  readonly statement: Statement;
  readonly update: StatementUpdate;
  /** Problems under `statements.N.translation`. */
  readonly errorAt: ErrorAt;
}

/**
 * The translation's language, its translator from the registry, where it is filed and the
 * certification that destination needs, with the declaration, affidavit or stamp it carries.
 */
export function TranslationSection({ draft, statement, update, errorAt }: TranslationSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const translation: StatementTranslation = statement.translation ?? { lang: draft.matter.languageOfProceedings, paragraphs: [] };
  const setTranslation = (change: (translation: StatementTranslation) => StatementTranslation) =>
    update((s) => ({ ...s, translation: change(s.translation ?? translation) }));
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
      <legend id={titleId}>{t('statements.translation')}</legend>
      <div className="st-translation-layout">
        <div className="st-translation-fields">
          <div className="field-row">
            <SelectField<StatementTranslation['lang']>
              label={t('statements.translationLang')}
              value={translation.lang}
              options={(['en', 'fr'] as const).map((lang) => ({ value: lang, label: t(`statements.targetLangs.${lang}`) }))}
              onChange={(lang) => setTranslation((tr) => ({ ...tr, lang }))}
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
        <CertificationFindings draft={draft} statement={statement} destination={destination} />
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

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { CodePicker } from '../../components/CodePicker.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional } from '../../case-edit/fields.ts';
import { CheckField } from '../../components/inputs.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import type { PersonCardSlot } from '../../components/people/PeopleSection.tsx';
import { PersonCard } from '../../components/people/PersonCard.tsx';
import { PersonTextField } from '../../components/people/PersonTextField.tsx';
import { ListField } from './ListField.tsx';
import type { Translator } from './model.ts';
import { newTranslatorDetails, parseDialects } from './translators.ts';

/** Provincial and territorial translators' associations (CTTIC members); any name can be typed. */
export const associations = ['ATIO', 'OTTIAQ', 'STIBC', 'ATIA', 'ATIS', 'ATIM', 'CTINB', 'ATINS'] as const;

type Association = NonNullable<Translator['association']>;

export interface TranslatorCardProps extends PersonCardSlot {
  readonly associationListId: string;
}

/**
 * One translator in the registry: names, contact, language pairs with dialects, the association
 * and member number that make a certified member, and the ties that can disqualify them
 * (family of the client, the paid representative).
 */
export function TranslatorCard({ associationListId, ...slot }: TranslatorCardProps) {
  const { person, update, errorAt } = slot;
  const { t } = useTranslation();
  const titleId = useId();
  const details = person.translator ?? newTranslatorDetails();
  const detailsError = under(errorAt, 'translator');
  const updateDetails = (change: (details: Translator) => Translator) =>
    update((p) => ({ ...p, translator: change(p.translator ?? newTranslatorDetails()) }));
  const association: Association = details.association ?? { name: '', memberNo: '', certified: false, certifiedPairs: [] };
  const setAssociation = (change: (current: Association) => Association) =>
    updateDetails((d) => {
      const next = change(d.association ?? association);
      const blank =
        next.name.trim() === '' &&
        next.memberNo.trim() === '' &&
        !next.certified &&
        next.certifiedPairs.length === 0 &&
        !next.stampText &&
        !next.goodStandingCheckedAt;
      return withOptional(d, 'association', blank ? undefined : next);
    });

  return (
    <PersonCard
      {...slot}
      titleId={titleId}
      heading={t('translators.translatorN', { n: slot.position })}
      badge={details.association?.certified ? <span className="badge st-certified">{t('translators.certifiedBadge')}</span> : null}
      testId="translator-card"
      removeLabel={t('translators.remove')}
      unnamed={t('translators.unnamed')}
    >
      <fieldset className="group-box">
        <legend>{t('translators.contactLegend')}</legend>
        <div className="field-row">
          <PersonTextField
            {...slot}
            field="relationshipToClient"
            label={t('translators.relationship')}
            hint={t('translators.relationshipHint')}
            size="medium"
          />
          <PersonTextField {...slot} field="organisation" label={t('translators.organisation')} size="medium" />
        </div>
        <PersonTextField {...slot} field="address" label={t('translators.address')} dir="auto" size="long" />
        <RowList
          title={t('translators.phones')}
          items={person.phones}
          rowLabel={(i) => t('translators.phoneN', { n: i + 1 })}
          addLabel={t('translators.addPhone')}
          onAdd={() => update((p) => ({ ...p, phones: [...p.phones, ''] }))}
          onRemove={(i) => update((p) => ({ ...p, phones: removeAt(p.phones, i) }))}
          error={errorAt('phones')}
          renderRow={(phone, i) => (
            <TextField
              label={t('translators.phone')}
              value={phone}
              onChange={(value) => update((p) => ({ ...p, phones: replaceAt(p.phones, i, value) }))}
              error={errorAt(`phones.${i}`)}
              inputMode="tel"
              size="medium"
            />
          )}
        />
        <TextField
          label={t('translators.email')}
          value={details.email ?? ''}
          onChange={(value) => updateDetails((d) => withOptional(d, 'email', value.trim()))}
          error={detailsError('email')}
          inputMode="email"
          size="medium"
        />
      </fieldset>

      <RowList
        title={t('translators.languages')}
        description={t('translators.languagesHint')}
        items={details.languages}
        rowLabel={(i) => t('translators.languageN', { n: i + 1 })}
        addLabel={t('translators.addLanguage')}
        emptyText={t('translators.noLanguages')}
        onAdd={() => updateDetails((d) => ({ ...d, languages: [...d.languages, { lang: '', dialects: [] }] }))}
        onRemove={(i) => updateDetails((d) => ({ ...d, languages: removeAt(d.languages, i) }))}
        error={detailsError('languages')}
        renderRow={(language, i) => (
          <div className="field-row">
            <CodePicker
              kind="language"
              label={t('translators.language')}
              emptyNote={t('statements.langHint')}
              value={language.lang}
              onChange={(lang) => updateDetails((d) => ({ ...d, languages: replaceAt(d.languages, i, { ...language, lang }) }))}
              error={detailsError(`languages.${i}.lang`)}
              size="short"
            />
            <ListField
              label={t('translators.dialects')}
              hint={t('translators.dialectsHint')}
              values={language.dialects}
              parse={parseDialects}
              onChange={(dialects) => updateDetails((d) => ({ ...d, languages: replaceAt(d.languages, i, { ...language, dialects }) }))}
              error={detailsError(`languages.${i}.dialects`)}
              size="medium"
            />
          </div>
        )}
      />

      <RowList
        title={t('translators.pairs')}
        description={t('translators.pairsHint')}
        items={details.pairs}
        rowLabel={(i) => t('translators.pairN', { n: i + 1 })}
        addLabel={t('translators.addPair')}
        emptyText={t('translators.noPairs')}
        onAdd={() => updateDetails((d) => ({ ...d, pairs: [...d.pairs, { from: '', to: 'en', dialects: [] }] }))}
        onRemove={(i) => updateDetails((d) => ({ ...d, pairs: removeAt(d.pairs, i) }))}
        error={detailsError('pairs')}
        renderRow={(pair, i) => (
          <div className="field-row">
            <CodePicker
              kind="language"
              label={t('translators.from')}
              emptyNote={t('statements.langHint')}
              value={pair.from}
              onChange={(from) => updateDetails((d) => ({ ...d, pairs: replaceAt(d.pairs, i, { ...pair, from }) }))}
              error={detailsError(`pairs.${i}.from`)}
              size="short"
            />
            <SelectField<'en' | 'fr'>
              label={t('translators.to')}
              value={pair.to}
              options={(['en', 'fr'] as const).map((lang) => ({ value: lang, label: t(`statements.targetLangs.${lang}`) }))}
              onChange={(to) => updateDetails((d) => ({ ...d, pairs: replaceAt(d.pairs, i, { ...pair, to }) }))}
              size="short"
            />
            <ListField
              label={t('translators.dialects')}
              hint={t('translators.dialectsHint')}
              values={pair.dialects}
              parse={parseDialects}
              onChange={(dialects) => updateDetails((d) => ({ ...d, pairs: replaceAt(d.pairs, i, { ...pair, dialects }) }))}
              error={detailsError(`pairs.${i}.dialects`)}
              size="medium"
            />
          </div>
        )}
      />

      <fieldset className="group-box">
        <legend>{t('translators.associationLegend')}</legend>
        <p className="field-hint">{t('translators.associationHint')}</p>
        <div className="field-row align-end">
          <TextField
            label={t('translators.association')}
            value={association.name}
            onChange={(name) => setAssociation((a) => ({ ...a, name }))}
            error={detailsError('association.name')}
            list={associationListId}
            size="short"
          />
          <TextField
            label={t('translators.memberNo')}
            value={association.memberNo}
            onChange={(memberNo) => setAssociation((a) => ({ ...a, memberNo }))}
            error={detailsError('association.memberNo')}
            size="short"
          />
          <DateField
            label={t('translators.goodStandingCheckedAt')}
            value={association.goodStandingCheckedAt ?? ''}
            onChange={(value) => setAssociation((a) => withOptional(a, 'goodStandingCheckedAt', value))}
            error={detailsError('association.goodStandingCheckedAt')}
          />
        </div>
        <CheckField
          label={t('translators.certified')}
          checked={association.certified}
          onChange={(certified) => setAssociation((a) => ({ ...a, certified }))}
          error={detailsError('association.certified')}
        />
        <TextField
          label={t('translators.stampText')}
          hint={t('translators.stampTextHint')}
          value={association.stampText ?? ''}
          onChange={(value) => setAssociation((a) => withOptional(a, 'stampText', value))}
          error={detailsError('association.stampText')}
          dir="auto"
          size="long"
        />
        <RowList
          title={t('translators.certifiedPairs')}
          description={t('translators.certifiedPairsHint')}
          items={association.certifiedPairs}
          rowLabel={(i) => t('translators.certifiedPairN', { n: i + 1 })}
          addLabel={t('translators.addCertifiedPair')}
          emptyText={t('translators.noCertifiedPairs')}
          onAdd={() => setAssociation((a) => ({ ...a, certifiedPairs: [...a.certifiedPairs, { from: '', to: 'en' }] }))}
          onRemove={(i) => setAssociation((a) => ({ ...a, certifiedPairs: removeAt(a.certifiedPairs, i) }))}
          error={detailsError('association.certifiedPairs')}
          renderRow={(pair, i) => (
            <div className="field-row">
              <CodePicker
                kind="language"
                label={t('translators.from')}
                emptyNote={t('statements.langHint')}
                value={pair.from}
                onChange={(from) => setAssociation((a) => ({ ...a, certifiedPairs: replaceAt(a.certifiedPairs, i, { ...pair, from }) }))}
                error={detailsError(`association.certifiedPairs.${i}.from`)}
                size="short"
              />
              <SelectField<'en' | 'fr'>
                label={t('translators.to')}
                value={pair.to}
                options={(['en', 'fr'] as const).map((lang) => ({ value: lang, label: t(`statements.targetLangs.${lang}`) }))}
                onChange={(to) => setAssociation((a) => ({ ...a, certifiedPairs: replaceAt(a.certifiedPairs, i, { ...pair, to }) }))}
                size="short"
              />
            </div>
          )}
        />
      </fieldset>

      <fieldset className="group-box">
        <legend>{t('translators.conflictsLegend')}</legend>
        <p className="field-hint">{t('translators.conflictsHint')}</p>
        <div className="checkbox-row">
          <CheckField
            label={t('translators.isClient')}
            checked={details.isClient}
            onChange={(isClient) => updateDetails((d) => ({ ...d, isClient }))}
            error={detailsError('isClient')}
          />
          <CheckField
            label={t('translators.isFamilyOfClient')}
            checked={details.isFamilyOfClient}
            onChange={(isFamilyOfClient) => updateDetails((d) => ({ ...d, isFamilyOfClient }))}
            error={detailsError('isFamilyOfClient')}
          />
          <CheckField
            label={t('translators.isRepresentative')}
            checked={details.isRepresentative}
            onChange={(isRepresentative) => updateDetails((d) => ({ ...d, isRepresentative }))}
            error={detailsError('isRepresentative')}
          />
        </div>
      </fieldset>
    </PersonCard>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bondsperson, Exhibit } from '../../../src-main/core/model/case.ts';
import { defaultBondRules } from '../../../src-main/core/rules/bond-rules-data.ts';
import { checkBondsperson } from '../../../src-main/core/rules/bonds.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional } from '../../case-edit/fields.ts';
import { refusalAt } from './BondFindings.tsx';
import { BondOffer } from './BondOffer.tsx';
import { CheckField, QuantityField } from '../../components/inputs.tsx';
import type { PersonCardSlot } from '../../components/people/PeopleSection.tsx';
import { PersonCard } from '../../components/people/PersonCard.tsx';
import { PersonTextField } from '../../components/people/PersonTextField.tsx';
import { newOffer, type OfferUpdate } from './plan.ts';
import { BondspersonHistory } from './BondspersonHistory.tsx';
import { ObjectionFields } from './ObjectionFields.tsx';

const statuses = ['citizen', 'PR', 'TR', 'other'] as const satisfies readonly Bondsperson['status'][];

export interface BondspersonCardProps extends PersonCardSlot {
  readonly exhibits: readonly Exhibit[];
  /** The case is heard in French: French versions of what the filing prints are asked for. */
  readonly frenchFiling: boolean;
}

/** One bondsperson (domain facts §3.1–3.2): who they are, what they offer, how they will supervise, what was decided. */
export function BondspersonCard({ exhibits, frenchFiling, ...slot }: BondspersonCardProps) {
  const { person, position, update, errorAt } = slot;
  const { t } = useTranslation();
  const titleId = useId();
  const offer = person.bondsperson ?? newOffer();
  const findings = checkBondsperson({ bondsperson: offer }, defaultBondRules);
  const offerError = under(errorAt, 'bondsperson');
  const updateOffer: OfferUpdate = (change) => update((p) => ({ ...p, bondsperson: change(p.bondsperson ?? newOffer()) }));
  const heading = t('releasePlan.bondspersonN', { n: position });

  return (
    <PersonCard
      {...slot}
      titleId={titleId}
      heading={heading}
      badge={
        <span className={`badge rp-determination rp-determination-${offer.determination}`}>
          {t(`releasePlan.determination.${offer.determination}`)}
        </span>
      }
      testId="bondsperson-card"
      removeLabel={t('releasePlan.removeBondsperson')}
      unnamed={heading}
      removeAtStart
    >
      <fieldset className="group-box">
        <legend>{t('releasePlan.person.aboutLegend')}</legend>
        <div className="field-row">
          <SelectField<Bondsperson['status']>
            label={t('releasePlan.person.status')}
            value={offer.status}
            options={statuses.map((s) => ({ value: s, label: t(`releasePlan.status.${s}`) }))}
            onChange={(status) => updateOffer((o) => ({ ...o, status }))}
            error={offerError('status')}
            size="medium"
          />
          <TextField
            label={t('releasePlan.person.relationship')}
            hint={t('releasePlan.person.relationshipHint')}
            value={offer.relationship}
            onChange={(relationship) =>
              update((p) =>
                withOptional(
                  { ...p, bondsperson: { ...(p.bondsperson ?? newOffer()), relationship } },
                  'relationshipToClient',
                  relationship,
                ),
              )
            }
            error={offerError('relationship')}
            size="medium"
          />
          <TextField
            label={t('releasePlan.person.contactFrequency')}
            hint={t('releasePlan.person.contactFrequencyHint')}
            value={offer.contactFrequency ?? ''}
            onChange={(value) => updateOffer((o) => withOptional(o, 'contactFrequency', value))}
            error={offerError('contactFrequency')}
            size="medium"
          />
        </div>
        <DateField
          kind="source"
          legend={t('releasePlan.person.knownSince')}
          value={offer.knownSince}
          onChange={(knownSince) => updateOffer((o) => withOptional(o, 'knownSince', knownSince))}
          errorAt={under(offerError, 'knownSince')}
        />
        <PersonTextField {...slot} field="address" label={t('releasePlan.person.address')} dir="auto" size="long" />
        <div className="field-row align-end">
          <QuantityField
            label={t('releasePlan.person.distance')}
            value={offer.distanceToClientKm}
            onChange={(km) => updateOffer((o) => withOptional(o, 'distanceToClientKm', km))}
            error={offerError('distanceToClientKm')}
          />
        </div>
        <div className="checkbox-row">
          <CheckField
            label={t('releasePlan.person.livesInCanada')}
            checked={offer.livesInCanada}
            onChange={(livesInCanada) => updateOffer((o) => ({ ...o, livesInCanada }))}
            error={refusalAt(t, findings, 'bondsperson.livesInCanada')}
          />
          <CheckField
            label={t('releasePlan.person.livesWithClient')}
            checked={offer.livesWithClient}
            onChange={(livesWithClient) => updateOffer((o) => ({ ...o, livesWithClient }))}
          />
        </div>
      </fieldset>

      <fieldset className="group-box">
        <legend>{t('releasePlan.person.workLegend')}</legend>
        <div className="field-row">
          <TextField
            label={t('releasePlan.person.occupation')}
            value={offer.occupation ?? ''}
            onChange={(value) => updateOffer((o) => withOptional(o, 'occupation', value))}
            error={offerError('occupation')}
            size="medium"
          />
          <TextField
            label={t('releasePlan.person.employer')}
            value={offer.employer ?? ''}
            onChange={(value) => updateOffer((o) => withOptional(o, 'employer', value))}
            error={offerError('employer')}
            size="medium"
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('releasePlan.person.workSchedule')}
            value={offer.workSchedule ?? ''}
            onChange={(value) => updateOffer((o) => withOptional(o, 'workSchedule', value))}
            error={offerError('workSchedule')}
            size="medium"
          />
          <MoneyField
            label={t('releasePlan.person.annualIncome')}
            cents={offer.annualIncome?.amountCents}
            onChange={(cents) =>
              updateOffer((o) => withOptional(o, 'annualIncome', cents === undefined ? undefined : { amountCents: cents, currency: 'CAD' }))
            }
            error={offerError('annualIncome.amountCents')}
          />
        </div>
      </fieldset>

      <BondOffer offer={offer} update={updateOffer} exhibits={exhibits} findings={findings} errorAt={offerError} ownerId={titleId} />

      <TextAreaField
        label={t('releasePlan.person.supervisionPlan')}
        hint={t('releasePlan.person.supervisionPlanHint')}
        value={offer.supervisionPlan}
        onChange={(supervisionPlan) => updateOffer((o) => ({ ...o, supervisionPlan }))}
        error={offerError('supervisionPlan')}
        rows={3}
      />

      <BondspersonHistory offer={offer} update={updateOffer} findings={findings} errorAt={offerError} />

      <RowList
        title={t('releasePlan.person.objections')}
        description={t('releasePlan.person.objectionsHint')}
        items={offer.ministerObjections}
        rowLabel={(i) => t('releasePlan.person.objectionN', { n: i + 1 })}
        addLabel={t('releasePlan.person.addObjection')}
        emptyText={t('releasePlan.person.noObjections')}
        onAdd={() => updateOffer((o) => ({ ...o, ministerObjections: [...o.ministerObjections, ''] }))}
        onRemove={(i) => updateOffer((o) => ({ ...o, ministerObjections: removeAt(o.ministerObjections, i) }))}
        error={offerError('ministerObjections')}
        renderRow={(objection, i) => (
          <TextField
            label={t('releasePlan.person.objection')}
            value={objection}
            onChange={(value) => updateOffer((o) => ({ ...o, ministerObjections: replaceAt(o.ministerObjections, i, value) }))}
            error={offerError(`ministerObjections.${i}`)}
            size="long"
          />
        )}
      />
      <TextAreaField
        label={t('releasePlan.person.response')}
        hint={t('releasePlan.person.responseHint')}
        value={offer.response ?? ''}
        onChange={(response) => updateOffer((o) => withOptional(o, 'response', response))}
        error={offerError('response')}
      />

      <ObjectionFields offer={offer} updateOffer={updateOffer} errorAt={offerError} frenchFiling={frenchFiling} />

      <fieldset className="group-box">
        <legend>{t('releasePlan.person.determinationLegend')}</legend>
        <SelectField<Bondsperson['determination']>
          label={t('releasePlan.person.determination')}
          value={offer.determination}
          options={(['not-decided', 'accepted', 'rejected'] as const).map((d) => ({
            value: d,
            label: t(`releasePlan.determination.${d}`),
          }))}
          onChange={(determination) => updateOffer((o) => ({ ...o, determination }))}
          error={offerError('determination')}
          size="medium"
        />
        <TextAreaField
          label={t('releasePlan.person.determinationReasons')}
          value={offer.determinationReasons ?? ''}
          onChange={(reasons) => updateOffer((o) => withOptional(o, 'determinationReasons', reasons))}
          error={offerError('determinationReasons')}
          rows={2}
        />
      </fieldset>
    </PersonCard>
  );
}

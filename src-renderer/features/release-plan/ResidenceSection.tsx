import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, ReleasePlan } from '../../../src-main/core/model/case.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { ExhibitLinks } from '../../components/ExhibitPicker.tsx';
import { QuantityField } from '../../components/inputs.tsx';
import { isBondsperson, type PlanUpdate } from './plan.ts';
import { freshRow } from '../../case-edit/fresh-rows.ts';
import { personName } from '../../case-edit/people.ts';
import { FrenchVersionField } from './FrenchVersionField.tsx';
import { NamedByMinisterList } from '../records/NamedByMinisterList.tsx';

type Residence = NonNullable<ReleasePlan['residence']>;
const tenures = ['owner', 'lease', 'shelter', 'CCMS-residence', 'other'] as const satisfies readonly NonNullable<Residence['tenure']>[];
const emptyResidence: Residence = { address: '', household: [], proofExhibitIds: [], suitability: '' };

export interface ResidenceSectionProps {
  readonly draft: Case;
  readonly update: PlanUpdate;
  /** Problems under `detention.releasePlan.residence`. */
  readonly errorAt: ErrorAt;
}

/** Where the client will live (domain facts §3.7 item 5): address, tenure, host, household, proof and why it suits. */
export function ResidenceSection({ draft, update, errorAt }: ResidenceSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const residence = draft.detention.releasePlan.residence ?? emptyResidence;
  const set = (change: (r: Residence) => Residence) => update((plan) => ({ ...plan, residence: change(plan.residence ?? emptyResidence) }));
  const hosts = draft.people.filter(isBondsperson);
  return (
    <section className="card form-section rp-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('releasePlan.residence.title')}</h2>
      <div className="field-row">
        <SelectField
          label={t('releasePlan.residence.host')}
          value={residence.hostPersonId ?? ''}
          options={[
            { value: '', label: t('releasePlan.residence.noHost') },
            ...hosts.map((p) => ({ value: p.id, label: personName(p) || t('releasePlan.unnamed') })),
          ]}
          onChange={(id) =>
            set((r) => {
              const next = withOptional(r, 'hostPersonId', id === '' ? undefined : id);
              // The host's own address is the usual answer; it is offered only into an empty field.
              const hostAddress = hosts.find((p) => p.id === id)?.address;
              return next.address.trim() === '' && hostAddress ? { ...next, address: hostAddress } : next;
            })
          }
          error={errorAt('hostPersonId')}
          size="medium"
        />
        <SelectField
          label={t('releasePlan.residence.tenure')}
          value={residence.tenure ?? ''}
          options={[
            { value: '', label: t('releasePlan.notRecorded') },
            ...tenures.map((v) => ({ value: v, label: t(`releasePlan.tenure.${v}`) })),
          ]}
          onChange={(tenure) => set((r) => withOptional(r, 'tenure', tenure === '' ? undefined : tenure))}
          error={errorAt('tenure')}
          size="medium"
        />
      </div>
      <TextField
        label={t('releasePlan.residence.address')}
        value={residence.address}
        onChange={(address) => set((r) => ({ ...r, address }))}
        error={errorAt('address')}
        dir="auto"
        size="long"
      />
      <RowList
        title={t('releasePlan.residence.household')}
        description={t('releasePlan.residence.householdHint')}
        items={residence.household}
        rowLabel={(i) => t('releasePlan.residence.memberN', { n: i + 1 })}
        addLabel={t('releasePlan.residence.addMember')}
        emptyText={t('releasePlan.residence.noMembers')}
        onAdd={() => set((r) => ({ ...r, household: [...r.household, freshRow({ name: '', relation: '' })] }))}
        onRemove={(i) => set((r) => ({ ...r, household: removeAt(r.household, i) }))}
        error={errorAt('household')}
        renderRow={(member, i) => (
          <div className="field-row">
            <TextField
              label={t('releasePlan.residence.memberName')}
              value={member.name}
              onChange={(name) => set((r) => ({ ...r, household: replaceAt(r.household, i, { ...member, name }) }))}
              error={errorAt(`household.${i}.name`)}
              checkInvisible
              dir="auto"
              size="medium"
            />
            <TextField
              label={t('releasePlan.residence.memberRelation')}
              value={member.relation}
              onChange={(relation) => set((r) => ({ ...r, household: replaceAt(r.household, i, { ...member, relation }) }))}
              error={errorAt(`household.${i}.relation`)}
              size="medium"
            />
            <QuantityField
              label={t('releasePlan.residence.memberAge')}
              value={member.age}
              integer
              size="tiny"
              onChange={(age) => set((r) => ({ ...r, household: replaceAt(r.household, i, withOptional(member, 'age', age)) }))}
              error={errorAt(`household.${i}.age`)}
            />
          </div>
        )}
      />
      <NamedByMinisterList residence={residence} set={set} errorAt={errorAt} frenchFiling={draft.matter.languageOfProceedings === 'fr'} />
      <ExhibitLinks
        legend={t('releasePlan.residence.proof')}
        hint={t('releasePlan.residence.proofHint')}
        exhibits={draft.exhibits}
        linked={residence.proofExhibitIds}
        onChange={(proofExhibitIds) => set((r) => ({ ...r, proofExhibitIds }))}
        error={errorAt('proofExhibitIds')}
      />
      <TextAreaField
        label={t('releasePlan.residence.suitability')}
        hint={t('releasePlan.residence.suitabilityHint')}
        value={residence.suitability}
        onChange={(suitability) => set((r) => ({ ...r, suitability }))}
        error={errorAt('suitability')}
      />
      <FrenchVersionField
        draft={draft}
        field="suitability"
        typed={residence.suitability}
        value={residence.suitabilityFr}
        onChange={(french) => set((r) => withOptional(r, 'suitabilityFr', french))}
        error={errorAt('suitabilityFr')}
        multiline
      />
    </section>
  );
}

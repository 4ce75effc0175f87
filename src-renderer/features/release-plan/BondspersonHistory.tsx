import { useTranslation } from 'react-i18next';
import type { Bondsperson } from '../../../src-main/core/model/case.ts';
import type { BondFinding } from '../../../src-main/core/rules/bonds.ts';
import { TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, type ErrorAt } from '../../case-edit/fields.ts';
import { refusalAt } from './BondFindings.tsx';
import { CheckField } from '../../components/inputs.tsx';
import { freshRow } from '../../case-edit/fresh-rows.ts';
import type { OfferUpdate } from './plan.ts';

export interface BondspersonHistoryProps {
  readonly offer: Bondsperson;
  readonly update: OfferUpdate;
  readonly findings: readonly BondFinding[];
  readonly errorAt: ErrorAt;
}

/** What the member weighs under IRPR 47(4): earlier sureties, a guarantee in default, a record, and what they undertake. */
export function BondspersonHistory({ offer, update, findings, errorAt }: BondspersonHistoryProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="group-box">
      <legend>{t('releasePlan.person.historyLegend')}</legend>
      <RowList
        title={t('releasePlan.person.priorSureties')}
        description={t('releasePlan.person.priorSuretiesHint')}
        items={offer.priorSureties}
        rowLabel={(i) => t('releasePlan.person.priorSuretyN', { n: i + 1 })}
        addLabel={t('releasePlan.person.addPriorSurety')}
        emptyText={t('releasePlan.person.noPriorSureties')}
        onAdd={() =>
          update((o) => ({
            ...o,
            priorSureties: [...o.priorSureties, freshRow({ when: '', forWhom: '', breached: false, reported: false })],
          }))
        }
        onRemove={(i) => update((o) => ({ ...o, priorSureties: removeAt(o.priorSureties, i) }))}
        error={errorAt('priorSureties')}
        renderRow={(surety, i) => {
          const set = (change: Partial<typeof surety>) =>
            update((o) => ({ ...o, priorSureties: replaceAt(o.priorSureties, i, { ...surety, ...change }) }));
          return (
            <>
              <div className="field-row">
                <TextField
                  label={t('releasePlan.person.suretyWhen')}
                  value={surety.when}
                  onChange={(when) => set({ when })}
                  error={errorAt(`priorSureties.${i}.when`)}
                  size="short"
                />
                <TextField
                  label={t('releasePlan.person.suretyForWhom')}
                  value={surety.forWhom}
                  onChange={(forWhom) => set({ forWhom })}
                  error={errorAt(`priorSureties.${i}.forWhom`)}
                  size="medium"
                />
              </div>
              <div className="checkbox-row">
                <CheckField
                  label={t('releasePlan.person.suretyBreached')}
                  checked={surety.breached}
                  onChange={(breached) => set({ breached })}
                />
                <CheckField
                  label={t('releasePlan.person.suretyReported')}
                  checked={surety.reported}
                  onChange={(reported) => set({ reported })}
                />
              </div>
            </>
          );
        }}
      />
      <TextField
        label={t('releasePlan.person.criminalRecord')}
        hint={t('releasePlan.person.criminalRecordHint')}
        value={offer.criminalRecord}
        onChange={(criminalRecord) => update((o) => ({ ...o, criminalRecord }))}
        error={errorAt('criminalRecord')}
        size="long"
      />
      <div className="rp-checks">
        <CheckField
          label={t('releasePlan.person.guaranteeInDefault')}
          checked={offer.guaranteeInDefault}
          onChange={(guaranteeInDefault) => update((o) => ({ ...o, guaranteeInDefault }))}
          error={refusalAt(t, findings, 'bondsperson.guaranteeInDefault')}
        />
        <CheckField
          label={t('releasePlan.person.knowsImmigrationHistory')}
          checked={offer.knowsImmigrationHistory}
          onChange={(knowsImmigrationHistory) => update((o) => ({ ...o, knowsImmigrationHistory }))}
        />
        <CheckField
          label={t('releasePlan.person.willReportBreaches')}
          checked={offer.willReportBreaches}
          onChange={(willReportBreaches) => update((o) => ({ ...o, willReportBreaches }))}
        />
        <CheckField
          label={t('releasePlan.person.willTestify')}
          checked={offer.willTestify}
          onChange={(willTestify) => update((o) => ({ ...o, willTestify }))}
        />
      </div>
    </fieldset>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bondsperson, Exhibit } from '../../../src-main/core/model/case.ts';
import type { BondFinding } from '../../../src-main/core/rules/bonds.ts';
import { TextField } from '../../components/Field.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { BondFindings, refusalAt } from './BondFindings.tsx';
import { ExhibitLinks, ExhibitSelect } from '../../components/ExhibitPicker.tsx';
import { freshRow } from '../../case-edit/fresh-rows.ts';
import type { OfferUpdate } from './plan.ts';

export interface BondOfferProps {
  readonly offer: Bondsperson;
  readonly update: OfferUpdate;
  readonly exhibits: readonly Exhibit[];
  readonly findings: readonly BondFinding[];
  /** Problems under `people.N.bondsperson`. */
  readonly errorAt: ErrorAt;
  /** The id of the bondsperson's heading, which completes this section's name. */
  readonly ownerId: string;
}

const cad = (cents: number | undefined) => (cents === undefined ? undefined : { amountCents: cents, currency: 'CAD' as const });

/** The money offered (IRPR 45–49): deposit and guarantee, where it comes from, and the proof; the checks beside it. */
export function BondOffer({ offer, update, exhibits, findings, errorAt, ownerId }: BondOfferProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fieldError = (field: string, path: string) => {
    const refusal = refusalAt(t, findings, `bondsperson.${field}`);
    return refusal ?? errorAt(path);
  };
  return (
    <section className="rp-offer" aria-labelledby={`${titleId} ${ownerId}`}>
      <h4 id={titleId}>{t('releasePlan.offer.title')}</h4>
      <div className="rp-offer-layout">
        <div className="rp-offer-fields">
          <div className="field-row">
            <MoneyField
              label={t('releasePlan.offer.deposit')}
              hint={t('releasePlan.offer.depositHint')}
              cents={offer.deposit?.amountCents}
              onChange={(cents) => update((o) => withOptional(o, 'deposit', cad(cents)))}
              error={fieldError('deposit', 'deposit.amountCents')}
            />
            <MoneyField
              label={t('releasePlan.offer.guarantee')}
              hint={t('releasePlan.offer.guaranteeHint')}
              cents={offer.guarantee?.amountCents}
              onChange={(cents) => update((o) => withOptional(o, 'guarantee', cad(cents)))}
              error={fieldError('guarantee', 'guarantee.amountCents')}
            />
          </div>
          <TextField
            label={t('releasePlan.offer.sourceOfFunds')}
            hint={t('releasePlan.offer.sourceOfFundsHint')}
            value={offer.sourceOfFunds}
            onChange={(sourceOfFunds) => update((o) => ({ ...o, sourceOfFunds }))}
            error={fieldError('sourceOfFunds', 'sourceOfFunds')}
            dir="auto"
            size="long"
          />
          <ExhibitLinks
            legend={t('releasePlan.offer.evidence')}
            hint={t('releasePlan.offer.evidenceHint')}
            exhibits={exhibits}
            linked={offer.evidenceExhibitIds}
            onChange={(evidenceExhibitIds) => update((o) => ({ ...o, evidenceExhibitIds }))}
            error={fieldError('evidenceExhibitIds', 'evidenceExhibitIds')}
          />
          <ExhibitSelect
            label={t('releasePlan.offer.statusProof')}
            exhibits={exhibits}
            value={offer.statusProofExhibitId}
            onChange={(id) => update((o) => withOptional(o, 'statusProofExhibitId', id))}
            error={errorAt('statusProofExhibitId')}
          />
          <RowList
            title={t('releasePlan.offer.assets')}
            description={t('releasePlan.offer.assetsHint')}
            items={offer.assets}
            rowLabel={(i) => t('releasePlan.offer.assetN', { n: i + 1 })}
            addLabel={t('releasePlan.offer.addAsset')}
            emptyText={t('releasePlan.offer.noAssets')}
            onAdd={() => update((o) => ({ ...o, assets: [...o.assets, freshRow({ kind: '' })] }))}
            onRemove={(i) => update((o) => ({ ...o, assets: removeAt(o.assets, i) }))}
            error={errorAt('assets')}
            renderRow={(asset, i) => (
              <div className="field-row">
                <TextField
                  label={t('releasePlan.offer.assetKind')}
                  value={asset.kind}
                  onChange={(kind) => update((o) => ({ ...o, assets: replaceAt(o.assets, i, { ...asset, kind }) }))}
                  error={errorAt(`assets.${i}.kind`)}
                  size="medium"
                />
                <MoneyField
                  label={t('releasePlan.offer.assetValue')}
                  cents={asset.value?.amountCents}
                  onChange={(cents) => update((o) => ({ ...o, assets: replaceAt(o.assets, i, withOptional(asset, 'value', cad(cents))) }))}
                  error={errorAt(`assets.${i}.value.amountCents`)}
                />
                <ExhibitSelect
                  label={t('releasePlan.offer.assetExhibit')}
                  exhibits={exhibits}
                  value={asset.exhibitId}
                  onChange={(id) => update((o) => ({ ...o, assets: replaceAt(o.assets, i, withOptional(asset, 'exhibitId', id)) }))}
                  error={errorAt(`assets.${i}.exhibitId`)}
                />
              </div>
            )}
          />
        </div>
        <BondFindings findings={findings} ownerId={ownerId} />
      </div>
    </section>
  );
}

import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, HcFactor, HcFactorKind } from '../../../src-main/core/model/case.ts';
import { AddOfKind } from '../../components/AddOfKind.tsx';
import { RemoveRowButton } from '../../components/RowActions.tsx';
import { removeAt, replaceAt, under, type ErrorAt } from '../../case-edit/fields.ts';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import { CheckField } from '../../components/inputs.tsx';
import { newFactor, unusedFactorKinds, type HcUpdate } from './model.ts';
import { NarrativeEvidence } from './NarrativeEvidence.tsx';
import { anchorId } from './paths.ts';

export interface HcFactorsSectionProps {
  readonly draft: Case;
  readonly update: HcUpdate;
  /** Problems under `hc`. */
  readonly errorAt: ErrorAt;
}

/**
 * The factors argued (the IMM 5283 headings), each once: whether the submissions rely on it, the
 * narrative, and the exhibits that prove it. A factor relied on with no evidence is a gap.
 */
export function HcFactorsSection({ draft, update, errorAt }: HcFactorsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const factors = draft.hc.factors;
  const unused = unusedFactorKinds(factors);
  const [choice, setChoice] = useState<HcFactorKind | ''>('');
  const kind = choice !== '' && unused.includes(choice) ? choice : unused[0];
  const set = (index: number, change: Partial<HcFactor>) =>
    update((hc) => {
      const current = hc.factors[index];
      return current ? { ...hc, factors: replaceAt(hc.factors, index, { ...current, ...change }) } : hc;
    });

  const add = () => {
    if (kind === undefined) return;
    const index = factors.length;
    update((hc) => ({ ...hc, factors: [...hc.factors, newFactor(kind)] }));
    focusAfterRender(() => document.getElementById(anchorId(`hc.factors.${index}.narrative`)));
  };

  return (
    <section className="card form-section hc-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('hc.factors.title')}</h2>
      <p className="field-hint">{t('hc.factors.hint')}</p>
      {factors.length === 0 ? <p className="row-empty">{t('hc.factors.none')}</p> : null}
      {factors.map((factor, index) => {
        const name = t(`hc.factors.kinds.${factor.kind}`);
        const path = `hc.factors.${index}`;
        return (
          <fieldset key={`${factor.kind}-${index}`} id={anchorId(path)} className="row-card hc-factor" data-testid="hc-factor">
            <legend>{name}</legend>
            <div className="row-body">
              <p className="field-hint">{t(`hc.factors.kindHints.${factor.kind}`)}</p>
              <div id={anchorId(`${path}.reliedOn`)}>
                <CheckField label={t('hc.factors.reliedOn')} checked={factor.reliedOn} onChange={(reliedOn) => set(index, { reliedOn })} />
              </div>
              <NarrativeEvidence
                path={path}
                item={factor}
                onChange={(change) => set(index, change)}
                narrativeLabel={t('hc.factors.narrative', { factor: name })}
                exhibitsLegend={t('hc.factors.exhibits', { factor: name })}
                exhibits={draft.exhibits}
                errorAt={under(errorAt, `factors.${index}`)}
              />
            </div>
            <RemoveRowButton
              rowLabel={name}
              onClick={() => {
                update((hc) => ({ ...hc, factors: removeAt(hc.factors, index) }));
                focusAfterRender(() => addButton.current);
              }}
            />
          </fieldset>
        );
      })}
      {kind !== undefined ? (
        <AddOfKind<HcFactorKind>
          label={t('hc.factors.kind')}
          value={kind}
          options={unused.map((k) => ({ value: k, label: t(`hc.factors.kinds.${k}`) }))}
          onChoose={setChoice}
          addLabel={t('hc.factors.add')}
          onAdd={add}
          buttonRef={addButton}
        />
      ) : (
        <p className="field-hint">{t('hc.factors.allAdded')}</p>
      )}
    </section>
  );
}

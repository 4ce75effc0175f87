import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groundKinds, s248Factors, type Case } from '../../../src-main/core/model/case.ts';
import { TextAreaField } from '../../components/Field.tsx';
import type { ErrorAt } from '../../case-edit/fields.ts';
import { raisedGrounds } from './coverage.ts';
import { ExhibitLinks } from '../../components/ExhibitPicker.tsx';
import { withFactor, withGroundResponse, type PlanUpdate } from './plan.ts';

export interface FactorsSectionProps {
  readonly draft: Case;
  readonly update: PlanUpdate;
  /** Problems under `detention.releasePlan`. */
  readonly errorAt: ErrorAt;
}

/**
 * The answer to each ground raised, then the six IRPR s.248 factors, always all six, each in the
 * statute's words with a narrative and the exhibits that prove it; then background and vulnerability.
 */
export function FactorsSection({ draft, update, errorAt }: FactorsSectionProps) {
  const { t } = useTranslation();
  const groundsId = useId();
  const factorsId = useId();
  const contextId = useId();
  const plan = draft.detention.releasePlan;
  const raised = raisedGrounds(draft);
  // Responses already written for a ground no longer raised stay visible, so nothing typed is hidden.
  const answered = groundKinds.filter((g) => raised.includes(g) || plan.groundResponses.some((r) => r.ground === g && r.response !== ''));
  return (
    <>
      <section className="card form-section rp-section" aria-labelledby={groundsId}>
        <h2 id={groundsId}>{t('releasePlan.groundResponses.title')}</h2>
        <p className="field-hint">{t('releasePlan.groundResponses.hint')}</p>
        {answered.length === 0 ? <p className="row-empty">{t('releasePlan.groundResponses.none')}</p> : null}
        {answered.map((ground) => {
          const index = plan.groundResponses.findIndex((r) => r.ground === ground);
          return (
            <TextAreaField
              key={ground}
              label={t('releasePlan.groundResponses.responseTo', { ground: t(`releasePlan.ground.${ground}`) })}
              hint={raised.includes(ground) ? undefined : t('releasePlan.groundResponses.notRaised')}
              value={plan.groundResponses[index]?.response ?? ''}
              onChange={(response) => update((p) => withGroundResponse(p, ground, response))}
              error={index >= 0 ? errorAt(`groundResponses.${index}.response`) : undefined}
              rows={4}
            />
          );
        })}
      </section>

      <section className="card form-section rp-section" aria-labelledby={factorsId}>
        <h2 id={factorsId}>{t('releasePlan.factors.title')}</h2>
        <p className="field-hint">{t('releasePlan.factors.hint')}</p>
        {s248Factors.map((factor) => {
          const index = plan.factors.findIndex((f) => f.factor === factor);
          const entry = plan.factors[index];
          return (
            <fieldset key={factor} className="rp-factor" data-testid={`factor-${factor}`}>
              <legend>{t(`releasePlan.factors.${factor}`)}</legend>
              <TextAreaField
                label={t('releasePlan.factors.narrative')}
                value={entry?.narrative ?? ''}
                onChange={(narrative) => update((p) => withFactor(p, factor, { narrative }))}
                error={index >= 0 ? errorAt(`factors.${index}.narrative`) : undefined}
                rows={3}
              />
              <ExhibitLinks
                legend={t('releasePlan.factors.exhibits')}
                exhibits={draft.exhibits}
                linked={entry?.exhibitIds ?? []}
                onChange={(exhibitIds) => update((p) => withFactor(p, factor, { exhibitIds }))}
                error={index >= 0 ? errorAt(`factors.${index}.exhibitIds`) : undefined}
              />
            </fieldset>
          );
        })}
      </section>

      <section className="card form-section rp-section" aria-labelledby={contextId}>
        <h2 id={contextId}>{t('releasePlan.context.title')}</h2>
        <TextAreaField
          label={t('releasePlan.context.background')}
          hint={t('releasePlan.context.backgroundHint')}
          value={plan.background}
          onChange={(background) => update((p) => ({ ...p, background }))}
          error={errorAt('background')}
          rows={4}
        />
        <TextAreaField
          label={t('releasePlan.context.vulnerability')}
          hint={t('releasePlan.context.vulnerabilityHint')}
          value={plan.vulnerability}
          onChange={(vulnerability) => update((p) => ({ ...p, vulnerability }))}
          error={errorAt('vulnerability')}
          rows={4}
        />
      </section>
    </>
  );
}

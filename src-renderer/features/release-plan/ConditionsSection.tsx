import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionKinds, type Case, type Condition, type ConditionKind } from '../../../src-main/core/model/case.ts';
import { AddOfKind } from '../../components/AddOfKind.tsx';
import { TextField } from '../../components/Field.tsx';
import { buttonAfterMove } from '../../components/lists.ts';
import { OrderedRowActions } from '../../components/RowActions.tsx';
import { withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { conditionCoverage, groundsNotRaised, groundsOffered, moveItem, raisedGrounds } from './coverage.ts';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import { CheckField } from '../../components/inputs.tsx';
import { newId } from '../../case-edit/ids.ts';
import type { PlanUpdate } from './plan.ts';
import { FrenchVersionField } from './FrenchVersionField.tsx';
import { conditionDetailsDefault } from './condition-defaults.ts';

export interface ConditionsSectionProps {
  readonly draft: Case;
  readonly update: PlanUpdate;
  /** Problems under `detention.releasePlan.conditions`. */
  readonly errorAt: ErrorAt;
}

/**
 * The conditions proposed (domain facts §3.6), in the order the letter numbers them, each tied to
 * the grounds it answers; a condition answering nothing and a ground left unanswered are flagged.
 */
export function ConditionsSection({ draft, update, errorAt }: ConditionsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const idBase = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const [kind, setKind] = useState<ConditionKind>('APPEAR');
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useFocusAfterRender();
  const conditions = draft.detention.releasePlan.conditions;
  const raised = raisedGrounds(draft);
  const coverage = conditionCoverage(conditions, raised);
  const controlId = (id: string, control: string) => `${idBase}-${id}-${control}`;

  const set = (id: string, change: Partial<Condition>) =>
    update((plan) => ({ ...plan, conditions: plan.conditions.map((c) => (c.id === id ? { ...c, ...change } : c)) }));

  const move = (condition: Condition, index: number, step: -1 | 1) => {
    update((plan) => ({ ...plan, conditions: moveItem(plan.conditions, index, step) }));
    const to = index + step;
    focusAfterRender(() => document.getElementById(controlId(condition.id, buttonAfterMove(to, conditions.length, step))));
    setAnnouncement(
      t('releasePlan.conditions.moved', { kind: t(`releasePlan.conditionKind.${condition.kind}`), n: to + 1, total: conditions.length }),
    );
  };

  const add = () => {
    const id = newId('c', new Set(conditions.map((c) => c.id)));
    const answers = raised.length === 1 ? [...raised] : [];
    const lng = draft.matter.languageOfProceedings;
    const details = conditionDetailsDefault(kind, draft, {
      withHost: (host, address) => t('form.defaults.resideWith', { host, address, lng }),
      alone: (address) => t('form.defaults.resideAt', { address, lng }),
    });
    update((plan) => ({ ...plan, conditions: [...plan.conditions, { id, kind, details, answers, proposed: true, ordered: false }] }));
    focusAfterRender(() => document.getElementById(controlId(id, 'details')));
  };

  return (
    <section className="card form-section rp-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('releasePlan.conditions.title')}</h2>
      <p className="field-hint">{raised.length === 0 ? t('releasePlan.conditions.noGroundsRecorded') : t('releasePlan.conditions.hint')}</p>
      {coverage.unanswered.length > 0 ? (
        <p className="notice notice-warning" data-testid="unanswered-grounds">
          {t('releasePlan.conditions.unanswered', { grounds: coverage.unanswered.map((g) => t(`releasePlan.ground.${g}`)).join('; ') })}
        </p>
      ) : null}
      {conditions.length === 0 ? <p className="row-empty">{t('releasePlan.conditions.none')}</p> : null}
      <ol className="rp-conditions">
        {conditions.map((condition, index) => {
          const label = t('releasePlan.conditions.conditionN', { n: index + 1, kind: t(`releasePlan.conditionKind.${condition.kind}`) });
          const idle = coverage.idle.includes(index);
          const stale = groundsNotRaised(raised, condition.answers);
          return (
            <li key={condition.id}>
              <fieldset className="row-card rp-condition" data-testid="condition">
                <legend>{label}</legend>
                <div className="row-body">
                  <TextField
                    id={controlId(condition.id, 'details')}
                    label={t('releasePlan.conditions.details')}
                    hint={t('releasePlan.conditions.detailsHint')}
                    value={condition.details}
                    onChange={(details) => set(condition.id, { details })}
                    error={errorAt(`${index}.details`)}
                    dir="auto"
                    size="long"
                  />
                  <FrenchVersionField
                    id={controlId(condition.id, 'details-fr')}
                    draft={draft}
                    field="details"
                    typed={condition.details}
                    value={condition.detailsFr}
                    onChange={(detailsFr) =>
                      update((plan) => ({
                        ...plan,
                        conditions: plan.conditions.map((c) => (c.id === condition.id ? withOptional(c, 'detailsFr', detailsFr) : c)),
                      }))
                    }
                    error={errorAt(`${index}.detailsFr`)}
                  />
                  <fieldset className="rp-grounds">
                    <legend>{t('releasePlan.conditions.answers')}</legend>
                    <div className="checkbox-row">
                      {groundsOffered(raised, condition.answers).map((ground) => (
                        <CheckField
                          key={ground}
                          label={t(`releasePlan.ground.${ground}`)}
                          checked={condition.answers.includes(ground)}
                          onChange={(on) =>
                            set(condition.id, {
                              answers: on ? [...condition.answers, ground] : condition.answers.filter((g) => g !== ground),
                            })
                          }
                        />
                      ))}
                    </div>
                    {idle ? (
                      <p className="field-warning">
                        <span aria-hidden="true">⚠ </span>
                        {t('releasePlan.conditions.answersNothing')}
                      </p>
                    ) : null}
                    {stale.length > 0 ? (
                      <p className="field-warning">
                        <span aria-hidden="true">⚠ </span>
                        {t('releasePlan.conditions.notRaised', { grounds: stale.map((g) => t(`releasePlan.ground.${g}`)).join('; ') })}
                      </p>
                    ) : null}
                  </fieldset>
                  <div className="checkbox-row">
                    <CheckField
                      label={t('releasePlan.conditions.proposed')}
                      checked={condition.proposed}
                      onChange={(proposed) => set(condition.id, { proposed })}
                    />
                    <CheckField
                      label={t('releasePlan.conditions.ordered')}
                      checked={condition.ordered}
                      onChange={(ordered) => set(condition.id, { ordered })}
                    />
                  </div>
                </div>
                <OrderedRowActions
                  rowLabel={label}
                  buttonId={(button) => controlId(condition.id, button)}
                  index={index}
                  count={conditions.length}
                  moveUpLabel={t('releasePlan.conditions.moveUp')}
                  moveDownLabel={t('releasePlan.conditions.moveDown')}
                  onMove={(step) => move(condition, index, step)}
                  onRemove={() => {
                    update((plan) => ({ ...plan, conditions: plan.conditions.filter((c) => c.id !== condition.id) }));
                    focusAfterRender(() => addButton.current);
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite" data-testid="conditions-announcement">
        {announcement}
      </p>
      <AddOfKind<ConditionKind>
        label={t('releasePlan.conditions.kind')}
        value={kind}
        options={conditionKinds.map((k) => ({ value: k, label: t(`releasePlan.conditionKind.${k}`) }))}
        onChoose={setKind}
        addLabel={t('releasePlan.conditions.add')}
        onAdd={add}
        buttonRef={addButton}
        className="rp-picker"
      />
    </section>
  );
}

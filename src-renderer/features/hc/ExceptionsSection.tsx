import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hcExceptionKinds, type Case, type HcException } from '../../../src-main/core/model/case.ts';
import { AddOfKind } from '../../components/AddOfKind.tsx';
import { SelectField } from '../../components/Field.tsx';
import { RemoveRowButton } from '../../components/RowActions.tsx';
import { removeAt, replaceAt, under, type ErrorAt } from '../../case-edit/fields.ts';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import { personName } from '../../case-edit/people.ts';
import { newException, type HcUpdate } from './model.ts';
import { NarrativeEvidence } from './NarrativeEvidence.tsx';
import { anchorId } from './paths.ts';

export interface ExceptionsSectionProps {
  readonly draft: Case;
  readonly update: HcUpdate;
  /** Problems under `hc`. */
  readonly errorAt: ErrorAt;
}

type ExceptionKind = HcException['kind'];

/**
 * The IRPA s.25(1.21) exceptions claimed against the 12-month bar: the best interests of a
 * directly affected child (chosen from the people in the case) or a risk to life for want of
 * health care, each with its narrative and evidence. Claiming one turns a barred check to "excepted".
 */
export function ExceptionsSection({ draft, update, errorAt }: ExceptionsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [kind, setKind] = useState<ExceptionKind>('BIOC');
  const exceptions = draft.hc.exceptions;
  const set = (index: number, change: (e: HcException) => HcException) =>
    update((hc) => ({ ...hc, exceptions: replaceAt(hc.exceptions, index, change(hc.exceptions[index] ?? newException(kind))) }));

  const add = () => {
    const index = exceptions.length;
    update((hc) => ({ ...hc, exceptions: [...hc.exceptions, newException(kind)] }));
    focusAfterRender(() => document.getElementById(anchorId(`hc.exceptions.${index}`))?.querySelector<HTMLElement>('select, textarea'));
  };

  return (
    <section className="card form-section hc-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('hc.exceptions.title')}</h2>
      <p className="field-hint">{t('hc.exceptions.hint')}</p>
      {exceptions.length === 0 ? <p className="row-empty">{t('hc.exceptions.none')}</p> : null}
      {exceptions.map((exception, index) => {
        const label = t('hc.exceptions.exceptionN', { n: index + 1, kind: t(`hc.exceptions.kinds.${exception.kind}`) });
        const path = `hc.exceptions.${index}`;
        const child = exception.personId;
        const childOptions = [
          { value: '', label: t('hc.exceptions.chooseChild') },
          ...draft.people.map((p) => ({
            value: p.id,
            label: [personName(p) || t('hc.people.unnamed'), p.relationshipToClient].filter(Boolean).join(' — '),
          })),
        ];
        if (child !== undefined && !draft.people.some((p) => p.id === child))
          childOptions.push({ value: child, label: t('hc.exceptions.childMissing') });
        return (
          <fieldset key={index} id={anchorId(path)} className="row-card hc-exception" data-testid="hc-exception">
            <legend>{label}</legend>
            <div className="row-body">
              {exception.kind === 'BIOC' ? (
                <div id={anchorId(`${path}.personId`)}>
                  <SelectField
                    label={t('hc.exceptions.child')}
                    value={child ?? ''}
                    options={childOptions}
                    onChange={(personId) =>
                      set(index, (e) => {
                        const next = { ...e };
                        if (personId === '') delete next.personId;
                        else next.personId = personId;
                        return next;
                      })
                    }
                    error={errorAt(`exceptions.${index}.personId`)}
                    size="long"
                  />
                  {draft.people.length === 0 ? <p className="field-hint">{t('hc.exceptions.noPeople')}</p> : null}
                </div>
              ) : null}
              <NarrativeEvidence
                path={path}
                item={exception}
                onChange={(change) => set(index, (e) => ({ ...e, ...change }))}
                narrativeLabel={t('hc.exceptions.narrative')}
                narrativeHint={t(`hc.exceptions.narrativeHint.${exception.kind}`)}
                exhibitsLegend={t('hc.exceptions.exhibits')}
                exhibits={draft.exhibits}
                errorAt={under(errorAt, `exceptions.${index}`)}
              />
            </div>
            <RemoveRowButton
              rowLabel={label}
              onClick={() => {
                update((hc) => ({ ...hc, exceptions: removeAt(hc.exceptions, index) }));
                focusAfterRender(() => addButton.current);
              }}
            />
          </fieldset>
        );
      })}
      <AddOfKind<ExceptionKind>
        label={t('hc.exceptions.kind')}
        value={kind}
        options={hcExceptionKinds.map((k) => ({ value: k, label: t(`hc.exceptions.kinds.${k}`) }))}
        onChoose={setKind}
        addLabel={t('hc.exceptions.add')}
        onAdd={add}
        buttonRef={addButton}
      />
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hcFormStatuses, type Hc } from '../../../src-main/core/model/case.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import type { ErrorAt } from '../../case-edit/fields.ts';
import { formatFormCode, formRows, withForm, type HcFormStatus, type HcUpdate } from './model.ts';

export interface FormsSectionProps {
  readonly hc: Hc;
  readonly update: HcUpdate;
  /** Problems under `hc`. */
  readonly errorAt: ErrorAt;
}

/** The IRCC H&C kit (guide 5291), every form always listed: where each stands, and a note. */
export function FormsSection({ hc, update, errorAt }: FormsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const rows = formRows(hc.forms);
  const done = rows.filter((row) => row.status !== 'todo').length;
  return (
    <section className="card form-section hc-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('hc.forms.title')}</h2>
      <p className="field-hint">{t('hc.forms.hint')}</p>
      <p className="hc-forms-progress" data-testid="hc-forms-progress">
        {t('hc.forms.progress', { done, total: rows.length })}
      </p>
      <ul className="hc-forms">
        {rows.map((row) => {
          const index = hc.forms.findIndex((f) => f.code === row.code);
          const code = formatFormCode(row.code);
          return (
            <li key={row.code}>
              <fieldset className="hc-form" data-testid="hc-form" data-code={row.code}>
                <legend>
                  <span className="hc-form-code">{code}</span> {t(`hc.forms.titles.${row.code}`)}
                </legend>
                <p className="field-hint">{t(`hc.forms.notes.${row.code}`)}</p>
                <div className="field-row">
                  <SelectField<HcFormStatus>
                    label={t('hc.forms.status', { code })}
                    value={row.status}
                    options={hcFormStatuses.map((status) => ({ value: status, label: t(`hc.forms.statuses.${status}`) }))}
                    onChange={(status) => update((h) => ({ ...h, forms: withForm(h.forms, row.code, { status }) }))}
                    error={index >= 0 ? errorAt(`forms.${index}.status`) : undefined}
                    size="short"
                  />
                  <TextField
                    label={t('hc.forms.note', { code })}
                    value={row.note}
                    onChange={(note) => update((h) => ({ ...h, forms: withForm(h.forms, row.code, { note }) }))}
                    error={index >= 0 ? errorAt(`forms.${index}.note`) : undefined}
                    dir="auto"
                    size="long"
                  />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

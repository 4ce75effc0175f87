import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  proceedingKinds,
  proceedingStatuses,
  type Case,
  type ParallelProceeding,
  type ProceedingKind,
  type ProceedingStatus,
} from '../../../src-main/core/model/case.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { newId } from '../../case-edit/ids.ts';

export interface ProceedingsSectionProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  /** Problems under `proceedings`. */
  readonly errorAt: ErrorAt;
}

/** The matters that run beside this one (core/model/proceedings.ts); their dates appear in the timeline. */
export function ProceedingsSection({ editor, draft, errorAt }: ProceedingsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const list = draft.proceedings ?? [];
  const edit = (change: (items: readonly ParallelProceeding[]) => ParallelProceeding[]) =>
    editor.edit((c) => {
      const next = change(c.proceedings ?? []);
      return withOptional(c, 'proceedings', next.length === 0 ? undefined : next);
    });
  const setAt = (i: number, p: ParallelProceeding) => edit((items) => replaceAt(items, i, p));
  return (
    <section className="card form-section" aria-labelledby={titleId} data-testid="proceedings">
      <h2 id={titleId}>{t('records.proceedings.title')}</h2>
      <RowList
        title={t('records.proceedings.list')}
        description={t('records.proceedings.hint')}
        items={list}
        rowLabel={(i) => t('records.proceedings.rowN', { n: i + 1 })}
        addLabel={t('records.proceedings.add')}
        emptyText={t('records.proceedings.none')}
        onAdd={() => edit((items) => [...items, { id: newId('proc'), kind: 'prra', status: 'planned' }])}
        onRemove={(i) => edit((items) => removeAt(items, i))}
        error={errorAt('')}
        renderRow={(p, i) => {
          const at = under(errorAt, String(i));
          return (
            <>
              <div className="field-row align-end">
                <SelectField<ProceedingKind>
                  label={t('records.proceedings.kind')}
                  value={p.kind}
                  options={proceedingKinds.map((kind) => ({ value: kind, label: t(`records.proceedingKind.${kind}`) }))}
                  onChange={(kind) => setAt(i, { ...p, kind })}
                  error={at('kind')}
                  size="long"
                />
                <SelectField<ProceedingStatus>
                  label={t('records.proceedings.status')}
                  value={p.status}
                  options={proceedingStatuses.map((status) => ({ value: status, label: t(`records.proceedingStatus.${status}`) }))}
                  onChange={(status) => setAt(i, { ...p, status })}
                  error={at('status')}
                  size="medium"
                />
              </div>
              {p.kind === 'other' ? (
                <TextField
                  label={t('records.proceedings.label')}
                  value={p.label ?? ''}
                  onChange={(label) => setAt(i, withOptional(p, 'label', label))}
                  error={at('label')}
                  size="long"
                />
              ) : null}
              <div className="field-row align-end">
                <TextField
                  label={t('records.proceedings.fileNumber')}
                  value={p.fileNumber ?? ''}
                  onChange={(fileNumber) => setAt(i, withOptional(p, 'fileNumber', fileNumber.trim()))}
                  error={at('fileNumber')}
                  size="medium"
                />
                <DateField
                  label={t('records.proceedings.filedOn')}
                  value={p.filedOn ?? ''}
                  onChange={(day) => setAt(i, withOptional(p, 'filedOn', day))}
                  error={at('filedOn')}
                />
                <DateField
                  label={t('records.proceedings.decidedOn')}
                  value={p.decidedOn ?? ''}
                  onChange={(day) => setAt(i, withOptional(p, 'decidedOn', day))}
                  error={at('decidedOn')}
                />
              </div>
              <TextAreaField
                label={t('records.proceedings.note')}
                value={p.note ?? ''}
                onChange={(note) => setAt(i, withOptional(p, 'note', note))}
                error={at('note')}
                rows={2}
              />
            </>
          );
        }}
      />
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceMethods, type Case, type ServiceRecord } from '../../../src-main/core/model/case.ts';
import { formatUtc } from '../../../src-main/core/rules/zoned.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, type ErrorAt } from '../../case-edit/fields.ts';
import { newId } from '../../case-edit/ids.ts';
import type { CaseUpdate } from './plan.ts';
import { freshRow } from '../../case-edit/fresh-rows.ts';
import { ZonedDateTimeField } from './ZonedDateTimeField.tsx';

export interface ServiceSectionProps {
  readonly draft: Case;
  readonly edit: CaseUpdate;
  /** Problems under `detention.service`. */
  readonly errorAt: ErrorAt;
}

/** The zone a new record starts in: the detention facility's, else Toronto's. */
function defaultZone(draft: Case): string {
  const episodes = draft.detention.episodes;
  return episodes[episodes.length - 1]?.facility?.tz ?? 'America/Toronto';
}

/** How and when each document was served (ID Rules r.38), for the proof-of-service statement. */
export function ServiceSection({ draft, edit, errorAt }: ServiceSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const records = draft.detention.service;
  const set = (change: (records: ServiceRecord[]) => ServiceRecord[]) =>
    edit((c) => ({ ...c, detention: { ...c.detention, service: change(c.detention.service) } }));
  const setRecord = (i: number, record: ServiceRecord, change: Partial<ServiceRecord>) =>
    set((rs) => replaceAt(rs, i, { ...record, ...change }));
  return (
    <section className="card form-section rp-section" aria-labelledby={titleId} data-field="detention.service">
      <h2 id={titleId}>{t('releasePlan.service.title')}</h2>
      <p className="field-hint">{t('releasePlan.service.hint')}</p>
      <RowList
        title={t('releasePlan.service.records')}
        items={records}
        rowLabel={(i) => t('releasePlan.service.recordN', { n: i + 1 })}
        addLabel={t('releasePlan.service.add')}
        emptyText={t('releasePlan.service.none')}
        onAdd={() =>
          set((rs) => [
            ...rs,
            freshRow({
              id: newId('svc', new Set(rs.map((r) => r.id))),
              document: '',
              servedOn: '',
              method: 'email' as const,
              at: { utc: formatUtc(Math.floor(Date.now() / 60_000) * 60_000), tz: defaultZone(draft) },
            }),
          ])
        }
        onRemove={(i) => set((rs) => removeAt(rs, i))}
        error={errorAt('')}
        renderRow={(record, i) => (
          <>
            <div className="field-row">
              <TextField
                label={t('releasePlan.service.document')}
                value={record.document}
                onChange={(document) => setRecord(i, record, { document })}
                error={errorAt(`${i}.document`)}
                size="long"
              />
            </div>
            <div className="field-row">
              <TextField
                label={t('releasePlan.service.servedOn')}
                value={record.servedOn}
                onChange={(servedOn) => setRecord(i, record, { servedOn })}
                error={errorAt(`${i}.servedOn`)}
                size="long"
              />
              <SelectField<ServiceRecord['method']>
                label={t('releasePlan.service.method')}
                value={record.method}
                options={serviceMethods.map((m) => ({ value: m, label: t(`releasePlan.serviceMethod.${m}`) }))}
                onChange={(method) => setRecord(i, record, { method })}
                error={errorAt(`${i}.method`)}
                size="short"
              />
            </div>
            <ZonedDateTimeField
              legend={t('releasePlan.service.at')}
              value={record.at}
              onChange={(at) => setRecord(i, record, { at })}
              error={errorAt(`${i}.at.utc`) ?? errorAt(`${i}.at.tz`)}
            />
          </>
        )}
      />
    </section>
  );
}

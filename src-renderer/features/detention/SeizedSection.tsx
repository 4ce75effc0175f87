import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeizedItem } from '../../../src-main/core/model/case.ts';
import type { DeadlineDto } from '../../../src-main/ipc/contract.ts';
import { CheckboxField, TextField } from '../../components/Field.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { metBy } from './deadlines.ts';
import { detentionZone, type Detention, type SectionProps } from './edit.ts';
import { newId } from '../../case-edit/ids.ts';
import { ZonedDateTimeField } from './ZonedDateTimeField.tsx';
import { formatDay, localDate } from './zoned.ts';
import { useCite } from '../../i18n/cite.ts';

/** A new seized item: most things are seized at the arrest, so it starts there once that moment is complete (and can be changed). */
function newItem(detention: Detention): SeizedItem {
  const start = detention.episodes[0]?.start;
  const seizedAt = start && localDate(start) !== undefined ? start : { utc: '', tz: detentionZone(detention) };
  return { id: newId('seized'), description: '', seizedAt, noticeDate: localDate(seizedAt) ?? '', noticeByMail: false };
}

export function SeizedSection({
  detention,
  update,
  errorAt,
  deadlines,
}: SectionProps & { readonly deadlines: readonly DeadlineDto[] | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  const setItem = (i: number, item: SeizedItem) => update((d) => ({ ...d, seizedItems: replaceAt(d.seizedItems, i, item) }));
  return (
    <section className="card form-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('detention.seized')}</h2>
      <RowList
        title={t('detention.seizedList')}
        description={t('detention.seizedHint')}
        items={detention.seizedItems}
        rowLabel={(i) => t('detention.seizedN', { n: i + 1 })}
        addLabel={t('detention.addSeized')}
        onAdd={() => update((d) => ({ ...d, seizedItems: [...d.seizedItems, newItem(d)] }))}
        onRemove={(i) => update((d) => ({ ...d, seizedItems: removeAt(d.seizedItems, i) }))}
        error={errorAt('seizedItems')}
        emptyText={t('detention.noSeized')}
        renderRow={(item, i) => (
          <SeizedFields
            item={item}
            onChange={(next) => setItem(i, next)}
            errorAt={under(errorAt, `seizedItems.${i}`)}
            returnLimit={deadlines?.find((d) => d.subject.type === 'seized-item' && d.subject.id === item.id)}
          />
        )}
      />
    </section>
  );
}

function SeizedFields({
  item,
  onChange,
  errorAt,
  returnLimit,
}: {
  readonly item: SeizedItem;
  readonly onChange: (item: SeizedItem) => void;
  readonly errorAt: ErrorAt;
  readonly returnLimit: DeadlineDto | undefined;
}) {
  const { t, i18n } = useTranslation();
  const cite = useCite();
  return (
    <>
      <div className="field-row">
        <TextField
          label={t('detention.seizedDescription')}
          value={item.description}
          onChange={(description) => onChange({ ...item, description })}
          error={errorAt('description')}
          dir="auto"
          size="long"
        />
        <MoneyField
          label={t('detention.seizedValue')}
          hint={t('detention.dollarsHint')}
          cents={item.value?.amountCents}
          onChange={(cents) =>
            onChange(withOptional(item, 'value', cents === undefined ? undefined : { amountCents: cents, currency: 'CAD' }))
          }
          error={errorAt('value.amountCents') ?? errorAt('value')}
        />
      </div>
      <ZonedDateTimeField
        legend={t('detention.seizedAt')}
        value={item.seizedAt}
        onChange={(seizedAt) => onChange({ ...item, seizedAt: seizedAt ?? { utc: '', tz: item.seizedAt.tz } })}
        errorAt={under(errorAt, 'seizedAt')}
        required
      />
      <div className="field-row">
        <TextField
          label={t('detention.noticeDate')}
          hint={t('detention.noticeDateHint')}
          value={item.noticeDate}
          onChange={(noticeDate) => onChange({ ...item, noticeDate: noticeDate.trim() })}
          error={errorAt('noticeDate')}
          placeholder="YYYY-MM-DD"
          required
          size="medium"
        />
        <TextField
          label={t('detention.returnFiled')}
          value={item.returnApplicationFiled ?? ''}
          onChange={(v) => onChange(withOptional(item, 'returnApplicationFiled', v.trim()))}
          error={errorAt('returnApplicationFiled')}
          placeholder="YYYY-MM-DD"
          size="medium"
        />
      </div>
      <CheckboxField
        label={t('detention.noticeByMail')}
        checked={item.noticeByMail}
        onChange={(noticeByMail) => onChange({ ...item, noticeByMail })}
      />
      {returnLimit ? (
        <p className="seized-return" data-testid="seized-return">
          {t('detention.returnDue', {
            due: returnLimit.dueLaw.type === 'date' ? formatDay(returnLimit.dueLaw.date, i18n.language) : '',
            office: formatDay(returnLimit.dueOffice, i18n.language),
            basis: cite(returnLimit.basis),
          })}{' '}
          {metBy(returnLimit)?.kind === 'filed' ? <span className="badge badge-ok">{t('detention.met')}</span> : null}
        </p>
      ) : null}
    </>
  );
}

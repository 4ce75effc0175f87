import { useTranslation } from 'react-i18next';
import type { NamedHouseholdMember, ReleasePlan } from '../../../src-main/core/model/case.ts';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';

type Residence = NonNullable<ReleasePlan['residence']>;

export interface NamedByMinisterListProps {
  readonly residence: Residence;
  readonly set: (change: (r: Residence) => Residence) => void;
  /** Problems under the residence. */
  readonly errorAt: ErrorAt;
  /** The case is heard in French: the answer's French version is offered. */
  readonly frenchFiling: boolean;
}

const fresh = (): NamedHouseholdMember => ({ name: '', relationship: '', sharesAddress: true, ministerSays: '' });

/** People the Minister names in connection with the residence who are not bondspersons, with counsel's answer. */
export function NamedByMinisterList({ residence, set, errorAt, frenchFiling }: NamedByMinisterListProps) {
  const { t } = useTranslation();
  const named = residence.namedByMinister ?? [];
  const setAt = (i: number, member: NamedHouseholdMember) =>
    set((r) => ({ ...r, namedByMinister: replaceAt(r.namedByMinister ?? [], i, member) }));
  return (
    <RowList
      title={t('records.named.title')}
      description={t('records.named.hint')}
      items={named}
      rowLabel={(i) => t('records.named.rowN', { n: i + 1 })}
      addLabel={t('records.named.add')}
      emptyText={t('records.named.none')}
      onAdd={() => set((r) => ({ ...r, namedByMinister: [...(r.namedByMinister ?? []), fresh()] }))}
      onRemove={(i) =>
        set((r) => {
          const rest = removeAt(r.namedByMinister ?? [], i);
          return withOptional(r, 'namedByMinister', rest.length === 0 ? undefined : rest);
        })
      }
      error={errorAt('namedByMinister')}
      renderRow={(member, i) => {
        const at = under(errorAt, `namedByMinister.${i}`);
        const showFrench = frenchFiling || (member.answerFr ?? '') !== '';
        return (
          <>
            <div className="field-row align-end">
              <TextField
                label={t('records.named.name')}
                value={member.name}
                onChange={(name) => setAt(i, { ...member, name })}
                error={at('name')}
                checkInvisible
                dir="auto"
                size="medium"
              />
              <TextField
                label={t('records.named.relationship')}
                value={member.relationship}
                onChange={(relationship) => setAt(i, { ...member, relationship })}
                error={at('relationship')}
                size="medium"
              />
              <CheckboxField
                label={t('records.named.sharesAddress')}
                checked={member.sharesAddress}
                onChange={(sharesAddress) =>
                  setAt(i, withOptional({ ...member, sharesAddress }, 'address', sharesAddress ? undefined : member.address))
                }
              />
            </div>
            {member.sharesAddress ? null : (
              <TextField
                label={t('records.named.address')}
                value={member.address ?? ''}
                onChange={(address) => setAt(i, withOptional(member, 'address', address))}
                error={at('address')}
                dir="auto"
                size="long"
              />
            )}
            <TextAreaField
              label={t('records.named.ministerSays')}
              value={member.ministerSays}
              onChange={(ministerSays) => setAt(i, { ...member, ministerSays })}
              error={at('ministerSays')}
              rows={2}
            />
            <TextAreaField
              label={t('records.named.answer')}
              value={member.answer ?? ''}
              onChange={(answer) => setAt(i, withOptional(member, 'answer', answer))}
              error={at('answer')}
              rows={2}
            />
            {showFrench ? (
              <TextAreaField
                label={t('records.named.answerFr')}
                hint={t('records.named.answerFrHint')}
                value={member.answerFr ?? ''}
                onChange={(answerFr) => setAt(i, withOptional(member, 'answerFr', answerFr))}
                error={at('answerFr')}
                rows={2}
              />
            ) : null}
          </>
        );
      }}
    />
  );
}

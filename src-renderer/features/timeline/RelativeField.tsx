import { useTranslation } from 'react-i18next';
import { relativeSides, type RelativeSide, type TimelineEvent } from '../../../src-main/core/model/case.ts';
import type { TimelineEntry } from '../../../src-main/core/timeline/entries.ts';
import { SelectField } from '../../components/Field.tsx';
import { entrySummary, writtenText } from './labels.ts';

type SideChoice = '' | RelativeSide;

export interface RelativeFieldProps {
  readonly draft: TimelineEvent;
  /** The whole timeline: any entry but this event and the events told against another can be the anchor. */
  readonly entries: readonly TimelineEntry[];
  readonly onChange: (draft: TimelineEvent) => void;
  readonly error?: string | undefined;
}

/**
 * "Shortly after" or "shortly before" another event, for a date the client knows only by that
 * nearness. Choosing the anchor copies its date into the event, so the event stays dated if the
 * anchor is later removed; on the timeline it takes the anchor's current date.
 */
export function RelativeField({ draft, entries, onChange, error }: RelativeFieldProps) {
  const { t } = useTranslation();
  const anchors = entries.filter((e) => e.key !== draft.id && !(e.source === 'typed' && e.event.relative));
  const side: SideChoice = draft.relative?.side ?? '';
  const anchorKey = draft.relative?.anchor ?? '';
  const choose = (nextSide: SideChoice, nextAnchor: string) => {
    const { relative: _old, ...rest } = draft;
    if (nextSide === '') return onChange(rest);
    const anchor = anchors.find((e) => e.key === nextAnchor) ?? anchors[0];
    if (!anchor) return onChange(rest);
    onChange({ ...rest, relative: { side: nextSide, anchor: anchor.key }, when: { ...anchor.when, original: draft.when.original } });
  };
  const missing = anchorKey !== '' && !anchors.some((e) => e.key === anchorKey);
  return (
    <div className="field-row" data-testid="relative-field">
      <SelectField<SideChoice>
        label={t('relativeDates.side')}
        value={side}
        options={(['', ...relativeSides] as const).map((s) => ({ value: s, label: t(`relativeDates.sides.${s === '' ? 'none' : s}`) }))}
        onChange={(next) => choose(next, anchorKey)}
        size="medium"
      />
      {side === '' ? null : (
        <SelectField<string>
          label={t('relativeDates.anchor')}
          value={anchorKey}
          options={[
            ...(missing ? [{ value: anchorKey, label: t('relativeDates.gone') }] : []),
            ...anchors.map((e) => ({ value: e.key, label: `${writtenText(t, e.when)} — ${entrySummary(t, e)}` })),
          ]}
          onChange={(next) => choose(side, next)}
          error={error}
          size="long"
        />
      )}
    </div>
  );
}

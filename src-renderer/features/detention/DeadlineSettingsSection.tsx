import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, DeadlineSettings } from '../../../src-main/core/model/case.ts';
import { placeFactsOf } from '../../../src-main/core/rules/input.ts';
import { chooseRegion } from '../../../src-main/core/rules/region-choice.ts';
import type { Region } from '../../../src-main/core/rules/regions.ts';
import type { DeadlineDto } from '../../../src-main/ipc/contract.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { RowList } from '../../components/RowList.tsx';
import { removeAt, replaceAt, under, withOptional } from '../../case-edit/fields.ts';
import { limitTitle } from './deadline-text.ts';
import { caseZone } from './deadlines.ts';
import type { SectionProps } from './edit.ts';
import { holidayActions, holidayRegions } from './options.ts';

type RuleOverride = DeadlineSettings['ruleOverrides'][number];
type HolidayOverride = DeadlineSettings['holidayOverrides'][number];
type OverrideMode = 'disable' | 'roll' | 'no-roll';

const overrideModes: readonly OverrideMode[] = ['roll', 'no-roll', 'disable'];

function modeOf(o: RuleOverride): OverrideMode {
  if (o.disabled === true) return 'disable';
  return o.rollForward === false ? 'no-roll' : 'roll';
}

function withMode(o: RuleOverride, mode: OverrideMode): RuleOverride {
  const base = { ruleId: o.ruleId, reason: o.reason };
  if (mode === 'disable') return { ...base, disabled: true };
  return { ...base, rollForward: mode === 'roll' };
}

/** The rules a user can override: those giving this case a limit, and those already overridden (a disabled rule gives none). */
export function overridableRules(
  deadlines: readonly Pick<DeadlineDto, 'ruleId' | 'title'>[],
  overrides: readonly RuleOverride[],
): { ruleId: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const d of deadlines) if (!seen.has(d.ruleId)) seen.set(d.ruleId, d.title);
  for (const o of overrides) if (o.ruleId !== '' && !seen.has(o.ruleId)) seen.set(o.ruleId, o.ruleId);
  return [...seen].map(([ruleId, title]) => ({ ruleId, title }));
}

export function DeadlineSettingsSection({
  detention,
  update,
  errorAt,
  deadlines,
  matter,
}: SectionProps & { readonly deadlines: readonly DeadlineDto[]; readonly matter: Case['matter'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const settings = detention.deadlineSettings;
  const at = under(errorAt, 'deadlineSettings');
  const setSettings = (change: (s: DeadlineSettings) => DeadlineSettings) =>
    update((d) => ({ ...d, deadlineSettings: change(d.deadlineSettings) }));
  // What the place (else the zone) gives when counsel chooses nothing.
  const zone = caseZone({ detention });
  const inferred = chooseRegion(placeFactsOf({ detention, matter }, zone === 'UTC' ? undefined : zone, undefined));
  const rules = overridableRules(deadlines, settings.ruleOverrides);
  const ruleOptions = (current: string) => [
    ...(current === '' ? [{ value: '', label: rules.length === 0 ? t('detention.noRulesYet') : t('detention.chooseRule') }] : []),
    ...rules.map((r) => ({ value: r.ruleId, label: limitTitle(t, r) })),
  ];
  const setRule = (i: number, o: RuleOverride) => setSettings((s) => ({ ...s, ruleOverrides: replaceAt(s.ruleOverrides, i, o) }));
  const setHoliday = (i: number, h: HolidayOverride) =>
    setSettings((s) => ({ ...s, holidayOverrides: replaceAt(s.holidayOverrides, i, h) }));

  return (
    <section className="card form-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('detention.settings')}</h2>
      <p className="field-hint">{t('detention.settingsHint')}</p>
      <SelectField<Region | ''>
        label={t('detention.holidayRegion')}
        value={settings.holidayRegion ?? ''}
        options={[
          {
            value: '',
            label:
              inferred.source === 'none'
                ? t('detention.regionNotInferred')
                : t(inferred.source === 'zone' ? 'detention.regionInferred' : 'clock.regionFromPlace', {
                    region: t(`detention.holidayRegions.${inferred.region}`),
                  }),
          },
          ...holidayRegions.map((r) => ({ value: r, label: t(`detention.holidayRegions.${r}`) })),
        ]}
        onChange={(r) => setSettings((s) => withOptional(s, 'holidayRegion', r === '' ? undefined : r))}
        error={at('holidayRegion')}
        size="long"
      />
      <RowList
        title={t('detention.ruleOverrides')}
        description={t('detention.ruleOverridesHint')}
        items={settings.ruleOverrides}
        rowLabel={(i) => t('detention.ruleOverrideN', { n: i + 1 })}
        addLabel={t('detention.addRuleOverride')}
        onAdd={() =>
          setSettings((s) => ({
            ...s,
            ruleOverrides: [
              ...s.ruleOverrides,
              {
                ruleId: rules.find((r) => !s.ruleOverrides.some((o) => o.ruleId === r.ruleId))?.ruleId ?? rules[0]?.ruleId ?? '',
                reason: '',
                rollForward: true,
              },
            ],
          }))
        }
        onRemove={(i) => setSettings((s) => ({ ...s, ruleOverrides: removeAt(s.ruleOverrides, i) }))}
        emptyText={t('detention.noRuleOverrides')}
        renderRow={(o, i) => {
          const rowAt = under(at, `ruleOverrides.${i}`);
          return (
            <>
              <div className="field-row">
                <SelectField<string>
                  label={t('detention.overrideRule')}
                  value={o.ruleId}
                  options={ruleOptions(o.ruleId)}
                  onChange={(ruleId) => setRule(i, { ...o, ruleId })}
                  error={rowAt('ruleId')}
                  size="long"
                />
                <SelectField<OverrideMode>
                  label={t('detention.overrideMode')}
                  value={modeOf(o)}
                  options={overrideModes.map((m) => ({ value: m, label: t(`detention.overrideModes.${m}`) }))}
                  onChange={(mode) => setRule(i, withMode(o, mode))}
                  size="long"
                />
              </div>
              <TextField
                label={t('detention.overrideReason')}
                hint={t('detention.overrideReasonHint')}
                value={o.reason}
                onChange={(reason) => setRule(i, { ...o, reason })}
                error={rowAt('reason')}
                required
                size="long"
              />
            </>
          );
        }}
      />
      <RowList
        title={t('detention.holidayOverrides')}
        description={t('detention.holidayOverridesHint')}
        items={settings.holidayOverrides}
        rowLabel={(i) => t('detention.holidayOverrideN', { n: i + 1 })}
        addLabel={t('detention.addHolidayOverride')}
        onAdd={() =>
          setSettings((s) => ({ ...s, holidayOverrides: [...s.holidayOverrides, { date: '', action: 'add', name: '', reason: '' }] }))
        }
        onRemove={(i) => setSettings((s) => ({ ...s, holidayOverrides: removeAt(s.holidayOverrides, i) }))}
        emptyText={t('detention.noHolidayOverrides')}
        renderRow={(h, i) => {
          const rowAt = under(at, `holidayOverrides.${i}`);
          return (
            <>
              <div className="field-row">
                <TextField
                  label={t('detention.holidayDate')}
                  value={h.date}
                  onChange={(date) => setHoliday(i, { ...h, date: date.trim() })}
                  error={rowAt('date')}
                  placeholder="YYYY-MM-DD"
                  required
                  size="short"
                />
                <SelectField<HolidayOverride['action']>
                  label={t('detention.holidayAction')}
                  value={h.action}
                  options={holidayActions.map((a) => ({ value: a, label: t(`detention.holidayActions.${a}`) }))}
                  onChange={(action) => setHoliday(i, { ...h, action })}
                  size="medium"
                />
                <TextField
                  label={t('detention.holidayName')}
                  value={h.name}
                  onChange={(name) => setHoliday(i, { ...h, name })}
                  error={rowAt('name')}
                  required
                  size="medium"
                />
              </div>
              <TextField
                label={t('detention.overrideReason')}
                hint={t('detention.holidayReasonHint')}
                value={h.reason}
                onChange={(reason) => setHoliday(i, { ...h, reason })}
                error={rowAt('reason')}
                required
                size="long"
              />
            </>
          );
        }}
      />
    </section>
  );
}

import { useId, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '../../../src-main/core/model/dates.ts';
import { formatDateWords } from '../../../src-main/core/text/date-words.ts';
import { eventBounds } from '../../../src-main/core/timeline/bounds.ts';
import type { TimelineEntry } from '../../../src-main/core/timeline/entries.ts';
import { layoutChart, type ChartGap, type ChartTick } from '../../../src-main/core/timeline/chart-layout.ts';
import { entrySummary, gregorianText, writtenText } from './labels.ts';

const ROW = 26;
const AXIS = 34;
const TOP = 8;
const LABEL_MAX = 44;

export interface TimelineChartProps {
  /** In timeline order. */
  readonly entries: readonly TimelineEntry[];
  readonly selectedKey: string | null;
  readonly onSelect: (key: string) => void;
  /** Enter on a typed event. */
  readonly onEdit: (eventId: string) => void;
}

const clip = (text: string): string => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);

function tickLabel(language: string, tick: ChartTick): string {
  const parts = parseIsoDate(tick.iso);
  if (!parts) return tick.iso;
  if (tick.unit === 'year') return String(parts.year);
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day);
  const options: Intl.DateTimeFormatOptions =
    tick.unit === 'month' || tick.first
      ? { month: 'short', year: 'numeric', timeZone: 'UTC', ...(tick.unit === 'day' ? { day: 'numeric' } : {}) }
      : { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return formatDateWords(utc, language, options);
}

/** A gap's length in words: years and months, or days. */
function gapLength(t: ReturnType<typeof useTranslation>['t'], gap: ChartGap): string {
  const years = Math.floor(gap.days / 365.25);
  const months = Math.floor((gap.days - years * 365.25) / 30.44);
  if (years > 0 && months > 0) return `${t('timeline.chart.years', { count: years })} ${t('timeline.chart.months', { count: months })}`;
  if (years > 0) return t('timeline.chart.years', { count: years });
  if (months > 0) return t('timeline.chart.months', { count: months });
  return t('timeline.chart.days', { count: gap.days });
}

/**
 * The drawn timeline: one row per dated event, a bar for a range and a dot for a day, open ends
 * drawn as arrows, disputed events hatched and marked "⚑", events recorded elsewhere in grey,
 * long stretches without events cut short and labelled. Keyboard: the arrow keys move between
 * events, Home and End jump, Enter edits the selected event.
 */
export function TimelineChart({ entries, selectedKey, onSelect, onEdit }: TimelineChartProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const statusId = useId();
  const items = useMemo(() => entries.map((e) => ({ key: e.key, bounds: eventBounds(e.when) })), [entries]);
  const layout = useMemo(() => layoutChart(items), [items]);
  const placed = layout.marks.map((m) => m.key);
  const unplaced = entries.filter((e) => !placed.includes(e.key));
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const height = TOP + layout.marks.length * ROW + AXIS;
  const selected = selectedKey === null ? undefined : byKey.get(selectedKey);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (placed.length === 0) return;
    const at = selectedKey === null ? -1 : placed.indexOf(selectedKey);
    const go = (index: number) => {
      event.preventDefault();
      const key = placed[Math.max(0, Math.min(placed.length - 1, index))];
      if (key !== undefined) onSelect(key);
    };
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') go(at + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') go(at < 0 ? 0 : at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(placed.length - 1);
    else if (event.key === 'Enter' && selected?.source === 'typed') {
      event.preventDefault();
      onEdit(selected.event.id);
    }
  };

  return (
    <section className="card timeline-chart" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('timeline.chart.title')}</h3>
      {layout.marks.length === 0 ? (
        <p>{t('timeline.chart.empty')}</p>
      ) : (
        <>
          <p className="field-hint">{t('timeline.chart.keys')}</p>
          <div
            className="timeline-chart-frame"
            tabIndex={0}
            role="group"
            aria-label={t('timeline.chart.frame')}
            aria-describedby={statusId}
            onKeyDown={onKeyDown}
            data-testid="timeline-chart"
          >
            <svg
              viewBox={`0 0 ${layout.width} ${height}`}
              width={layout.width}
              height={height}
              role="img"
              aria-label={t('timeline.chart.summary', { count: layout.marks.length, gaps: layout.gaps.length })}
            >
              <defs>
                <pattern id="timeline-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="6" height="6" className="chart-hatch-bg" />
                  <line x1="0" y1="0" x2="0" y2="6" className="chart-hatch-line" />
                </pattern>
              </defs>
              {layout.gaps.map((gap) => (
                <g key={gap.from} className="chart-gap" data-testid="chart-gap">
                  <rect x={gap.x1} y={0} width={gap.x2 - gap.x1} height={height - AXIS + 6} />
                  <text x={(gap.x1 + gap.x2) / 2} y={height - 6} textAnchor="middle" className="chart-gap-label">
                    {t('timeline.chart.gap', { span: gapLength(t, gap) })}
                  </text>
                  <text x={(gap.x1 + gap.x2) / 2} y={height - AXIS - 2} textAnchor="middle" className="chart-gap-break" aria-hidden="true">
                    ≈
                  </text>
                </g>
              ))}
              <line x1={0} x2={layout.width} y1={height - AXIS} y2={height - AXIS} className="chart-axis" />
              {layout.ticks.map((tick) => (
                <g key={`${tick.iso}-${tick.x}`} className="chart-tick">
                  <line x1={tick.x} x2={tick.x} y1={TOP} y2={height - AXIS + 4} />
                  <text x={tick.x + 2} y={height - AXIS + 16}>
                    {tickLabel(i18n.language, tick)}
                  </text>
                </g>
              ))}
              {layout.marks.map((mark) => {
                const entry = byKey.get(mark.key);
                if (!entry) return null;
                const y = TOP + mark.row * ROW + ROW / 2;
                const disputed = entry.source === 'typed' && entry.event.disputed;
                const classes = [
                  'chart-mark',
                  entry.source === 'derived' ? 'chart-mark-derived' : '',
                  disputed ? 'chart-mark-disputed' : '',
                  entry.when.qualifier === 'circa' || entry.when.confidence === 'low' ? 'chart-mark-uncertain' : '',
                  mark.key === selectedKey ? 'chart-mark-selected' : '',
                ]
                  .join(' ')
                  .trim();
                const label = `${disputed ? `⚑ ${t('timeline.chart.disputedMark')} · ` : ''}${clip(entrySummary(t, entry))}`;
                // The label goes right of the mark when it fits there, else left when it fits there, else where there is more room.
                const room = label.length * 6.5 + 20;
                const right = mark.x2 + room < layout.width || (mark.x1 - room < 0 && mark.x1 < layout.width - mark.x2);
                return (
                  <g key={mark.key} className={classes} data-testid="chart-mark" data-key={mark.key} onClick={() => onSelect(mark.key)}>
                    {mark.point ? (
                      <circle cx={(mark.x1 + mark.x2) / 2} cy={y} r={6} />
                    ) : (
                      <rect x={mark.x1} y={y - 7} width={Math.max(4, mark.x2 - mark.x1)} height={14} rx={3} />
                    )}
                    {mark.openStart ? (
                      <text x={mark.x1 - 2} y={y + 4} textAnchor="end" className="chart-open">
                        ◀
                      </text>
                    ) : null}
                    {mark.openEnd ? (
                      <text x={mark.x2 + 2} y={y + 4} className="chart-open">
                        ▶
                      </text>
                    ) : null}
                    <text
                      x={right ? mark.x2 + (mark.openEnd ? 16 : 8) : mark.x1 - (mark.openStart ? 16 : 8)}
                      y={y + 4}
                      textAnchor={right ? 'start' : 'end'}
                      className="chart-label"
                    >
                      {label}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          <p id={statusId} className="timeline-chart-status" aria-live="polite" data-testid="chart-selected">
            {selected
              ? t('timeline.chart.selected', {
                  date: `${writtenText(t, selected.when)} (${gregorianText(t, selected.when)})`,
                  summary: entrySummary(t, selected),
                })
              : t('timeline.chart.noneSelected')}
          </p>
          <ul className="timeline-chart-legend" aria-label={t('timeline.chart.legend')}>
            <li>
              <span className="legend-swatch legend-point" aria-hidden="true" /> {t('timeline.chart.legendPoint')}
            </li>
            <li>
              <span className="legend-swatch legend-range" aria-hidden="true" /> {t('timeline.chart.legendRange')}
            </li>
            <li>
              <span className="legend-swatch legend-disputed" aria-hidden="true" /> ⚑ {t('timeline.chart.legendDisputed')}
            </li>
            <li>
              <span className="legend-swatch legend-derived" aria-hidden="true" /> {t('timeline.chart.legendDerived')}
            </li>
            <li>
              <span className="legend-swatch legend-gap" aria-hidden="true" /> {t('timeline.chart.legendGap')}
            </li>
          </ul>
        </>
      )}
      {unplaced.length > 0 ? (
        <div className="timeline-unplaced">
          <p>{t('timeline.chart.unplaced', { count: unplaced.length })}</p>
          <ul>
            {unplaced.map((e) => (
              <li key={e.key}>
                <bdi dir="auto">{writtenText(t, e.when)}</bdi> — <bdi>{entrySummary(t, e)}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

import { civilFromDayNumber, dayNumber, fromDayNumber, toDayNumber } from '../rules/civil.ts';
import type { EventBounds } from './bounds.ts';

export interface ChartItem {
  readonly key: string;
  readonly bounds: EventBounds | null;
}

/** One event on the drawing: a point for a single day, a bar for a range; open ends reach the edge of their stretch. */
export interface ChartMark {
  readonly key: string;
  readonly row: number;
  readonly x1: number;
  readonly x2: number;
  readonly point: boolean;
  readonly openStart: boolean;
  readonly openEnd: boolean;
}

/** A long stretch with no dated event: drawn compressed, shaded and labelled. */
export interface ChartGap {
  readonly x1: number;
  readonly x2: number;
  /** First and last day of the stretch with nothing in it. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
}

export interface ChartTick {
  readonly x: number;
  readonly iso: string;
  readonly unit: 'year' | 'month' | 'day';
  /** The first tick of its stretch: a day tick there also names the year. */
  readonly first: boolean;
}

export interface ChartLayout {
  readonly width: number;
  readonly marks: readonly ChartMark[];
  readonly gaps: readonly ChartGap[];
  readonly ticks: readonly ChartTick[];
}

export interface ChartOptions {
  readonly width: number;
  /** A stretch longer than this with no dated event is a gap. */
  readonly gapDays: number;
  readonly gapWidth: number;
  readonly padding: number;
  readonly minClusterWidth: number;
  readonly minTickSpacing: number;
}

export const defaultChartOptions: ChartOptions = {
  width: 960,
  gapDays: 365,
  gapWidth: 64,
  padding: 16,
  minClusterWidth: 96,
  minTickSpacing: 64,
};

interface Span {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly openStart: boolean;
  readonly openEnd: boolean;
}

interface Cluster {
  start: number;
  end: number;
  x0: number;
  width: number;
}

/**
 * Geometry of the drawn timeline (pure, in abstract units; the app draws it as SVG).
 *
 * Places dated events on a horizontal axis, one row each, in the order given. Long stretches
 * with no event (over `gapDays`) are cut out of the axis and drawn as narrow labelled gaps, so
 * events months apart stay readable beside a birth date decades earlier. Undated events are left
 * out (the caller lists them).
 */
export function layoutChart(items: readonly ChartItem[], options: ChartOptions = defaultChartOptions): ChartLayout {
  const spans: Span[] = items.flatMap((item) => {
    const b = item.bounds;
    if (!b) return [];
    const known = b.from ?? b.to;
    if (known === null) return [];
    const start = toDayNumber(known);
    const end = toDayNumber(b.to ?? known);
    return [{ key: item.key, start, end: Math.max(start, end), openStart: b.from === null, openEnd: b.to === null }];
  });
  if (spans.length === 0) return { width: options.width, marks: [], gaps: [], ticks: [] };

  const clusters: Cluster[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = clusters.at(-1);
    if (last && span.start - last.end - 1 <= options.gapDays) last.end = Math.max(last.end, span.end);
    else clusters.push({ start: span.start, end: span.end, x0: 0, width: 0 });
  }
  const gapsCount = clusters.length - 1;
  const available = options.width - 2 * options.padding - gapsCount * options.gapWidth;
  // Widths grow with the square root of each stretch's length, so a stretch of weeks stays readable beside one of years.
  const lengths = clusters.map((c) => Math.sqrt(c.end - c.start + 1));
  const total = lengths.reduce((sum, n) => sum + n, 0);
  const spare = Math.max(0, available - clusters.length * options.minClusterWidth);
  let x = options.padding;
  clusters.forEach((cluster, i) => {
    cluster.x0 = x;
    cluster.width = options.minClusterWidth + (spare * (lengths[i] ?? 0)) / total;
    x += cluster.width + options.gapWidth;
  });

  const clusterOf = (day: number): Cluster => clusters.find((c) => day >= c.start && day <= c.end) ?? (clusters[0] as Cluster);
  /** The left edge of a day; `day` may be `end + 1` of its cluster (the right edge). */
  const xOf = (day: number, cluster: Cluster): number =>
    cluster.x0 + ((day - cluster.start) / (cluster.end - cluster.start + 1)) * cluster.width;

  const marks: ChartMark[] = spans.map((span) => {
    const cluster = clusterOf(span.start);
    const x1 = span.openStart ? cluster.x0 : xOf(span.start, cluster);
    const x2 = span.openEnd ? cluster.x0 + cluster.width : xOf(span.end + 1, cluster);
    const point = !span.openStart && !span.openEnd && span.start === span.end;
    return { key: span.key, row: 0, x1, x2, point, openStart: span.openStart, openEnd: span.openEnd };
  });
  const rowOf = new Map(items.filter((item) => marks.some((m) => m.key === item.key)).map((item, row) => [item.key, row]));

  const gaps: ChartGap[] = clusters.slice(1).map((next, i) => {
    const previous = clusters[i] as Cluster;
    return {
      x1: previous.x0 + previous.width,
      x2: next.x0,
      from: fromDayNumber(previous.end + 1),
      to: fromDayNumber(next.start - 1),
      days: next.start - previous.end - 1,
    };
  });

  return {
    width: options.width,
    marks: marks.map((m) => ({ ...m, row: rowOf.get(m.key) ?? 0 })),
    gaps,
    ticks: clusters.flatMap((cluster) => ticksFor(cluster, options.minTickSpacing, xOf)),
  };
}

/** Year, month or week ticks for one stretch, as fine as the spacing allows. */
function ticksFor(cluster: Cluster, spacing: number, xOf: (day: number, cluster: Cluster) => number): ChartTick[] {
  const perDay = cluster.width / (cluster.end - cluster.start + 1);
  const first = civilFromDayNumber(cluster.start);
  const last = civilFromDayNumber(cluster.end);
  const ticks: ChartTick[] = [];
  const push = (day: number, unit: ChartTick['unit']) => {
    if (day >= cluster.start && day <= cluster.end)
      ticks.push({ x: xOf(day, cluster), iso: fromDayNumber(day), unit, first: ticks.length === 0 });
  };
  if (perDay * 28 >= spacing) {
    const step = perDay * 7 >= spacing ? 7 : 14;
    for (let m = first.year * 12 + first.month - 1; m <= last.year * 12 + last.month - 1; m += 1) {
      const year = Math.floor(m / 12);
      const month = (m % 12) + 1;
      for (let d = 1; d <= 28; d += step) push(dayNumber(year, month, d), d === 1 ? 'month' : 'day');
    }
  } else if (perDay * 365 >= spacing) {
    const step = Math.max(1, Math.ceil(spacing / (perDay * 30.4)));
    for (let m = first.year * 12 + first.month - 1; m <= last.year * 12 + last.month - 1; m += 1)
      if (m % step === 0) push(dayNumber(Math.floor(m / 12), (m % 12) + 1, 1), 'month');
  } else {
    const step = Math.max(1, Math.ceil(spacing / (perDay * 365.25)));
    for (let y = first.year; y <= last.year + 1; y += 1) if (y % step === 0) push(dayNumber(y, 1, 1), 'year');
  }
  // A stretch too short to hold a tick still shows where it begins.
  if (ticks.length === 0) push(cluster.start, 'day');
  // The first day tick also names the year, so it needs more room before the next.
  const kept: ChartTick[] = [];
  for (const tick of ticks) {
    const last = kept.at(-1);
    if (!last || !(last.first && last.unit === 'day') || tick.x - last.x >= spacing * 1.6) kept.push(tick);
  }
  return kept;
}

export { certainlyBefore, eventBounds, statedRange, type EventBounds } from './bounds.ts';
export { checkTimeline, hasErrors, isFutureForPast, type FindingCode, type TimelineFinding } from './checks.ts';
export { dayOf, derivedEvents, exactDay, type DerivedEvent, type DerivedKind, type EditTab, type Milestone } from './derived.ts';
export { timelineEntries, type DerivedEntry, type TimelineEntry, type TypedEntry } from './entries.ts';
export { proposeDate, type DateProposal, type ProposalNote } from './parse.ts';
export { highestPage, packetPinCite, pinRanges } from './pins.ts';
export { compareDatable, sortTimeline, type Datable } from './sort.ts';
export { defaultChartOptions, layoutChart, type ChartGap, type ChartLayout, type ChartMark, type ChartTick } from './chart-layout.ts';

import type { DeadlineDto } from '../../../src-main/ipc/contract.ts';
import type { Case } from '../../../src-main/core/model/case.ts';
import { toDayNumber } from '../../../src-main/core/rules/civil.ts';
import { dueDate, warningCodes, type Deadline, type WarningCode } from '../../../src-main/core/rules/deadline.ts';
import { nextDeadline } from '../../../src-main/core/rules/next.ts';
import { deadlineKinds, type DeadlineKind } from '../../../src-main/core/rules/rule-schema.ts';
import { isValidTimeZone } from '../../../src-main/core/rules/zoned.ts';

const isKind = (value: string): value is DeadlineKind => (deadlineKinds as readonly string[]).includes(value);
const isWarningCode = (value: string): value is WarningCode => (warningCodes as readonly string[]).includes(value);

/** The engine's own type for a limit received over IPC, so the core's choice of "next" applies unchanged. */
export function asDeadline(dto: DeadlineDto): Deadline | undefined {
  if (!isKind(dto.kind)) return undefined;
  const warnings = dto.warnings.flatMap((w) => (isWarningCode(w.code) ? [{ code: w.code, message: w.message }] : []));
  const { earliest, dueUnrolled, overrideReason, satisfiedBy, sitting } = dto;
  return {
    kind: dto.kind,
    ruleId: dto.ruleId,
    title: dto.title,
    subject: dto.subject,
    from: dto.from,
    dueLaw: dto.dueLaw,
    dueOffice: dto.dueOffice,
    basis:
      dto.basis.url === undefined
        ? { instrument: dto.basis.instrument, pinpoint: dto.basis.pinpoint }
        : { ...dto.basis, url: dto.basis.url },
    ruleVersion: dto.ruleVersion,
    status: dto.status,
    warnings,
    ...(earliest === undefined ? {} : { earliest }),
    ...(dueUnrolled === undefined ? {} : { dueUnrolled }),
    ...(overrideReason === undefined ? {} : { overrideReason }),
    ...(satisfiedBy === undefined ? {} : { satisfiedBy }),
    ...(sitting === undefined ? {} : { sitting }),
  };
}

export interface NextLimit {
  readonly deadline: DeadlineDto;
  readonly pastDue: boolean;
}

/** The limit to show first (core/rules/next.ts): the earliest passed and unmet, else the earliest still open. */
export function pickNext(list: readonly DeadlineDto[], asOf: string, tz: string): NextLimit | undefined {
  const back = new Map<Deadline, DeadlineDto>();
  for (const dto of list) {
    const typed = asDeadline(dto);
    if (typed) back.set(typed, dto);
  }
  const next = nextDeadline([...back.keys()], asOf, tz);
  const dto = next ? back.get(next.deadline) : undefined;
  return next && dto ? { deadline: dto, pastDue: next.pastDue } : undefined;
}

/** The calendar date a limit is compared on (for "as soon as possible", the day of the hearing). */
export function legalDate(dto: DeadlineDto): string {
  return dueDate(dto.dueLaw);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Shown as urgent: past due, or two days or fewer to the office target. */
export function isUrgent(pastDue: boolean, daysLeft: number): boolean {
  return pastDue || daysLeft <= 2;
}

/** Catalogue keys cannot hold dots (i18next's separator): `irpa-57.1-1-dfn-14d` → `irpa-57_1-1-dfn-14d`. */
export function ruleKey(ruleId: string): string {
  return ruleId.replaceAll('.', '_');
}

/** The zone the case's limits are judged in: the first detention's, else the first hearing's (as the engine does). */
export function caseZone(value: Pick<Case, 'detention'>): string {
  const tz = value.detention.episodes[0]?.start.tz ?? value.detention.hearings[0]?.scheduled.tz ?? '';
  return tz !== '' && isValidTimeZone(tz) ? tz : 'UTC';
}

/** Whether the limit was met: by a review (its id) or by a filed return application (`return-application:DATE`). */
export function metBy(
  dto: DeadlineDto,
): { readonly kind: 'hearing'; readonly id: string } | { readonly kind: 'filed'; readonly date: string } | undefined {
  const by = dto.satisfiedBy;
  if (by === undefined) return undefined;
  const filed = /^(?:return-application|application-filed):(\d{4}-\d{2}-\d{2})$/.exec(by);
  return filed?.[1] ? { kind: 'filed', date: filed[1] } : { kind: 'hearing', id: by };
}

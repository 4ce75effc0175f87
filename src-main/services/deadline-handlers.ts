import { DossierError, isDossierError } from '../core/errors.ts';
import { computeCaseDeadlines } from '../core/rules/application-deadlines.ts';
import { optionsFromSettings } from '../core/rules/shipped.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { VaultApi } from '../vault/types.ts';

export interface DeadlineHandlerDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
}

/** The engine names overrides by their place in its options; the user set them in the case's deadline settings. */
const settingsPaths: readonly [RegExp, string][] = [
  [/^overrides\.rules\./, 'detention.deadlineSettings.ruleOverrides.'],
  [/^overrides\.holidays\./, 'detention.deadlineSettings.holidayOverrides.'],
];

function inCaseTerms(error: unknown): unknown {
  if (!isDossierError(error) || error.issues.length === 0) return error;
  const issues = error.issues.map((issue) => {
    const match = settingsPaths.find(([pattern]) => pattern.test(issue.path));
    return match ? { ...issue, path: issue.path.replace(match[0], match[1]) } : issue;
  });
  return new DossierError(error.code, error.message, issues);
}

/** Every time limit of a case's detention facts, under the case's holiday region and overrides, judged at `asOf` (default: now). */
export function createDeadlineHandlers({ vault, now }: DeadlineHandlerDeps): Pick<Handlers, 'deadlinesCompute'> {
  return {
    deadlinesCompute: async ({ caseId, asOf }) => {
      const stored = await vault.readCase(caseId);
      let deadlines;
      try {
        deadlines = computeCaseDeadlines(
          stored.case,
          optionsFromSettings(stored.case.detention.deadlineSettings, asOf ?? now().toISOString()),
        );
      } catch (error) {
        throw inCaseTerms(error);
      }
      return deadlines.map((d) => ({
        kind: d.kind,
        ruleId: d.ruleId,
        title: d.title,
        subject: { type: d.subject.type, id: d.subject.id },
        from: d.from,
        ...(d.earliest === undefined ? {} : { earliest: d.earliest }),
        dueLaw: d.dueLaw,
        ...(d.dueUnrolled === undefined ? {} : { dueUnrolled: d.dueUnrolled }),
        dueOffice: d.dueOffice,
        basis: d.basis,
        ruleVersion: d.ruleVersion,
        status: d.status,
        ...(d.overrideReason === undefined ? {} : { overrideReason: d.overrideReason }),
        ...(d.satisfiedBy === undefined ? {} : { satisfiedBy: d.satisfiedBy }),
        ...(d.sitting === undefined
          ? {}
          : {
              sitting: {
                closed: d.sitting.closed.map((c) => ({
                  date: c.date,
                  holidays: c.holidays.map((h) => ({ name: h.name, nameFr: h.nameFr })),
                })),
                next: d.sitting.next,
              },
            }),
        warnings: d.warnings.map((w) => ({ code: w.code, message: w.message })),
      }));
    },
  };
}

import { computeDeadlines } from '../core/rules/index.ts';
import { optionsFromSettings } from '../core/rules/shipped.ts';
import type { Handlers } from '../ipc/invoke.ts';
import type { VaultApi } from '../vault/types.ts';

export interface DeadlineHandlerDeps {
  readonly vault: VaultApi;
  readonly now: () => Date;
}

/** Every time limit of a case's detention facts, judged at `asOf` (default: now). */
export function createDeadlineHandlers({ vault, now }: DeadlineHandlerDeps): Pick<Handlers, 'deadlinesCompute'> {
  return {
    deadlinesCompute: async ({ caseId, asOf }) => {
      const stored = await vault.readCase(caseId);
      const deadlines = computeDeadlines(
        stored.case,
        optionsFromSettings(stored.case.detention.deadlineSettings, asOf ?? now().toISOString()),
      );
      return deadlines.map((d) => ({
        kind: d.kind,
        ruleId: d.ruleId,
        title: d.title,
        dueLaw: d.dueLaw,
        dueOffice: d.dueOffice,
        basis: d.basis,
        ruleVersion: d.ruleVersion,
        status: d.status,
        ...(d.satisfiedBy === undefined ? {} : { satisfiedBy: d.satisfiedBy }),
        warnings: d.warnings.map((w) => ({ code: w.code, message: w.message })),
      }));
    },
  };
}

import { DossierError } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import { isRealIsoDate, localToday } from '../core/model/dates.ts';
import { checkTimeline, hasErrors } from '../core/timeline/checks.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'caseGet', input: unknown) => Promise<unknown>;

/**
 * `dossier timeline check --case ID [--as-of YYYY-MM-DD]`: prints the timeline's findings as
 * JSON. When any is an error the findings are printed here and the command fails, so a script
 * filing the chronology stops.
 */
export async function timelineCommand(args: CliArgs, call: Call, stdout: (text: string) => void, now: Date = new Date()): Promise<unknown> {
  if (args.command[1] !== 'check') throw new DossierError('VALIDATION', 'Use dossier timeline check --case ID.');
  const caseId = args.options['case'];
  if (typeof caseId !== 'string' || caseId === '') throw new DossierError('VALIDATION', 'timeline check needs --case ID.');
  const asOf = args.options['as-of'];
  if (asOf !== undefined && (typeof asOf !== 'string' || !isRealIsoDate(asOf)))
    throw new DossierError('VALIDATION', 'For timeline check, --as-of takes a date as YYYY-MM-DD.');
  const today = typeof asOf === 'string' ? asOf : localToday(now);
  const stored = (await call('caseGet', { id: caseId })) as { case: Case };
  const findings = checkTimeline(stored.case, today);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const report = { caseId, checkedOn: today, errors, warnings: findings.length - errors, findings };
  if (!hasErrors(findings)) return report;
  stdout(`${JSON.stringify(report, null, 2)}\n`);
  throw new DossierError(
    'VALIDATION',
    `${errors} of the timeline's findings ${errors === 1 ? 'is an error' : 'are errors'}: fix them before filing the chronology.`,
  );
}

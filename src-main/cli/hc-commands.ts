import { DossierError } from '../core/errors.ts';
import { mapHcEvidence } from '../core/hc/evidence.ts';
import type { Case } from '../core/model/case.ts';
import { isRealIsoDate, localToday } from '../core/model/dates.ts';
import { formatCitation } from '../core/rules/citation.ts';
import { defaultHcBarRules } from '../core/rules/hc-bars-data.ts';
import { checkHcBars } from '../core/rules/hc-bars.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'caseGet', input: unknown) => Promise<unknown>;

/**
 * `dossier hc check --case ID [--as-of YYYY-MM-DD]`: prints the IRPA s.25(1.2) bar checks, each
 * with its result, citation and the last day a bar applies, the evidence gaps and the forms
 * checklist, as JSON. When a bar in force applies and no exception lifts it, the report is
 * printed and the command fails (exit 2), so a script preparing the filing stops.
 */
export async function hcCommand(args: CliArgs, call: Call, stdout: (text: string) => void, now: Date = new Date()): Promise<unknown> {
  if (args.command[1] !== 'check') throw new DossierError('VALIDATION', 'Use dossier hc check --case ID.');
  const caseId = args.options['case'];
  if (typeof caseId !== 'string' || caseId === '') throw new DossierError('VALIDATION', 'hc check needs --case ID.');
  const asOf = args.options['as-of'];
  if (asOf !== undefined && (typeof asOf !== 'string' || !isRealIsoDate(asOf)))
    throw new DossierError('VALIDATION', 'For hc check, --as-of takes a date as YYYY-MM-DD.');
  const today = typeof asOf === 'string' ? asOf : localToday(now);
  const stored = (await call('caseGet', { id: caseId })) as { case: Case };
  const c = stored.case;
  const bars = checkHcBars(c, today, defaultHcBarRules);
  const evidence = mapHcEvidence(c);
  const report = {
    caseId,
    checkedOn: today,
    rulesVersion: bars.rulesVersion,
    barred: bars.barred,
    bars: bars.findings.map((f) => ({ ...f, cite: formatCitation(f.citation) })),
    gaps: evidence.gaps,
    letters: c.hc.letters.map(({ id, authorName, relationship, lang, translated, date }) => ({
      id,
      authorName,
      relationship,
      lang,
      translated,
      date,
    })),
    forms: c.hc.forms,
  };
  if (!bars.barred) return report;
  stdout(`${JSON.stringify(report, null, 2)}\n`);
  const blocking = bars.findings.filter((f) => f.result === 'barred' && f.effect === 'bar' && f.inForce);
  throw new DossierError(
    'VALIDATION',
    `The H&C request is barred on ${today}: ${blocking.map((f) => `${f.title} (${formatCitation(f.citation)}${f.barEnds ? `, until ${f.barEnds} inclusive` : ''})`).join('; ')}.`,
  );
}

import { DossierError } from '../core/errors.ts';
import type { Case, ParallelProceeding } from '../core/model/case.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'caseGet' | 'caseSave', input: unknown) => Promise<unknown>;
type Stored = { case: Case; revision: number };

const option = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

/** Options that set one field of a parallel proceeding each; an empty value clears an optional field. */
const PROCEEDING_OPTIONS = {
  kind: 'kind',
  status: 'status',
  label: 'label',
  number: 'fileNumber',
  filed: 'filedOn',
  decided: 'decidedOn',
  note: 'note',
} as const;

function withOptions(args: CliArgs, base: Record<string, unknown>, fields: Readonly<Record<string, string>>): Record<string, unknown> {
  const next = { ...base };
  for (const [name, key] of Object.entries(fields)) {
    const value = option(args, name);
    if (value === undefined) continue;
    if (value.trim() === '') delete next[key];
    else next[key] = value.trim();
  }
  return next;
}

function freshId(used: readonly { id: string }[]): string {
  const taken = new Set(used.map((p) => p.id));
  for (let n = 1; ; n++) if (!taken.has(`proc-${String(n)}`)) return `proc-${String(n)}`;
}

async function load(args: CliArgs, call: Call, command: string): Promise<Stored> {
  const caseId = option(args, 'case');
  if (caseId === undefined || caseId === '') throw new DossierError('VALIDATION', `${command} needs --case ID.`);
  return (await call('caseGet', { id: caseId })) as Stored;
}

/**
 * `dossier case proceeding list|add|set|remove --case ID [--proceeding ID] [--kind K] [--status S]
 * [--label L] [--number N] [--filed D] [--decided D] [--note T]`: the matters beside the detention
 * or the H&C (core/model/proceedings.ts), saved through the case save path, which checks every
 * value and names a bad one by its path. Prints the list.
 */
export async function proceedingCommand(args: CliArgs, call: Call): Promise<unknown> {
  let stored = await load(args, call, 'case proceeding');
  const action = args.positionals[0] ?? 'list';
  const list: readonly ParallelProceeding[] = stored.case.proceedings ?? [];
  const id = option(args, 'proceeding');
  const index = id === undefined ? -1 : list.findIndex((p) => p.id === id);
  if ((action === 'set' || action === 'remove') && index < 0)
    throw new DossierError(
      'VALIDATION',
      `case proceeding ${action} needs --proceeding ID of a proceeding in the case (${list.map((p) => p.id).join(', ') || 'none yet'}).`,
    );
  let next: readonly unknown[] | undefined;
  if (action === 'add') {
    if (option(args, 'kind') === undefined) throw new DossierError('VALIDATION', 'case proceeding add needs --kind.');
    next = [...list, withOptions(args, { id: id ?? freshId(list) }, PROCEEDING_OPTIONS)];
  } else if (action === 'set') next = list.map((p, i) => (i === index ? withOptions(args, { ...p }, PROCEEDING_OPTIONS) : p));
  else if (action === 'remove') next = list.filter((_, i) => i !== index);
  else if (action !== 'list') throw new DossierError('VALIDATION', 'case proceeding takes list, add, set or remove.');
  if (next !== undefined) {
    const { proceedings: _old, ...rest } = stored.case;
    const draft = next.length === 0 ? rest : { ...rest, proceedings: next };
    stored = (await call('caseSave', { case: draft, revision: stored.revision })) as Stored;
  }
  return stored.case.proceedings ?? [];
}

/**
 * `dossier case reserved --case ID --hearing ID [--reserved-on D] [--received-on D] [--clear]`:
 * records that the member reserved a review's decision (and when it arrived), or clears it; the
 * review clock then counts the review as held. Prints the hearing.
 */
export async function reservedCommand(args: CliArgs, call: Call): Promise<unknown> {
  let stored = await load(args, call, 'case reserved');
  const hearingId = option(args, 'hearing');
  const index = stored.case.detention.hearings.findIndex((h) => h.id === hearingId);
  if (index < 0)
    throw new DossierError(
      'VALIDATION',
      `case reserved needs --hearing ID of a hearing in the case (${stored.case.detention.hearings.map((h) => h.id).join(', ') || 'none yet'}).`,
    );
  const hearings = stored.case.detention.hearings.map((h, i) => {
    if (i !== index) return h;
    const { reserved, ...rest } = h;
    if (args.options['clear'] === true) return rest;
    return { ...rest, reserved: withOptions(args, { ...reserved }, { 'reserved-on': 'reservedOn', 'received-on': 'receivedOn' }) };
  });
  stored = (await call('caseSave', {
    case: { ...stored.case, detention: { ...stored.case.detention, hearings } },
    revision: stored.revision,
  })) as Stored;
  return stored.case.detention.hearings[index];
}

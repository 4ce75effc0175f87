import { privacyAfterApplications, privacyPrompts } from '../core/applications/privacy-prompt.ts';
import { DossierError } from '../core/errors.ts';
import { issueText } from '../core/issues/text.ts';
import { idApplicationsSchema, type Case, type IdApplication, type IdApplicationInput } from '../core/model/case.ts';
import { localToday } from '../core/model/dates.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'caseGet' | 'caseSave', input: unknown) => Promise<unknown>;

const option = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

/** A comma-separated option as a list; an empty value clears the list. */
const listOption = (args: CliArgs, name: string): string[] | undefined =>
  option(args, name)
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Options that set one field each; an empty value clears an optional field. */
const TEXT_OPTIONS = {
  kind: 'kind',
  status: 'status',
  hearing: 'hearingId',
  filed: 'filedOn',
  decided: 'decidedOn',
  decision: 'decision',
  language: 'language',
  dialect: 'dialect',
  witness: 'witness',
  testimony: 'testimony',
  relationship: 'witnessRelationship',
  qualifications: 'expertQualifications',
  means: 'witnessMeans',
} as const;
const LIST_OPTIONS = {
  ground: 'grounds',
  relief: 'relief',
  'proposed-date': 'proposedDates',
  served: 'serviceIds',
  reason: 'reasons',
} as const;

/** The application as the options change it; the case save path checks every value and names a bad one by its path. */
function changed(args: CliArgs, base: Record<string, unknown>): Record<string, unknown> {
  const next = { ...base };
  for (const [name, key] of Object.entries(TEXT_OPTIONS)) {
    const value = option(args, name);
    if (value === undefined) continue;
    if (value.trim() === '') delete next[key];
    else next[key] = value.trim();
  }
  for (const [name, key] of Object.entries(LIST_OPTIONS)) {
    // Reasons are sentences with commas: each --reason is one paragraph, `|` separating several.
    const value =
      name === 'reason'
        ? option(args, name)
            ?.split('|')
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : listOption(args, name);
    if (value !== undefined) next[key] = value;
  }
  if (args.options['application-in-public'] === true) next['hearApplicationInPrivate'] = false;
  // r.32(1)(b): whole minutes; anything else is kept as typed so the save path names it by its path.
  const minutes = option(args, 'minutes');
  if (minutes !== undefined) {
    if (minutes.trim() === '') delete next['testimonyMinutes'];
    else next['testimonyMinutes'] = /^\d+$/u.test(minutes.trim()) ? Number(minutes.trim()) : minutes;
  }
  if (args.options['expert'] === true) next['expertWitness'] = true;
  if (args.options['not-expert'] === true) delete next['expertWitness'];
  return next;
}

function newId(c: Case): string {
  const used = new Set((c.detention.applications ?? []).map((a) => a.id));
  for (let n = 1; ; n++) if (!used.has(`app-${String(n)}`)) return `app-${String(n)}`;
}

/**
 * `dossier case application list|add|set|remove --case ID [--application ID] [--kind K]
 * [--status S] [--hearing ID] [--filed D] [--decided D] [--decision T] [--reason "A|B"]
 * [--ground G,G] [--relief R,R] [--language TAG] [--dialect D] [--proposed-date D,D]
 * [--witness W] [--testimony T] [--minutes N] [--relationship R] [--expert | --not-expert]
 * [--qualifications Q] [--means in-person|videoconference|telephone] [--served SERVICE_ID,…]
 * [--application-in-public]`: the ID Rules applications
 * of a detention, saved through the case save path; `matter.privacy` follows the r.45 ones.
 * Prints the applications and the r.45 prompts the case gives rise to, in English.
 */
export async function applicationCommand(args: CliArgs, call: Call, now: () => Date = () => new Date()): Promise<unknown> {
  const caseId = option(args, 'case');
  if (caseId === undefined || caseId === '') throw new DossierError('VALIDATION', 'case application needs --case ID.');
  const action = args.positionals[0] ?? 'list';
  let stored = (await call('caseGet', { id: caseId })) as { case: Case; revision: number };
  const apps: readonly IdApplication[] = stored.case.detention.applications ?? [];
  const id = option(args, 'application');
  const index = id === undefined ? -1 : apps.findIndex((a) => a.id === id);
  if ((action === 'set' || action === 'remove') && index < 0)
    throw new DossierError(
      'VALIDATION',
      `case application ${action} needs --application ID of an application in the case (${apps.map((a) => a.id).join(', ') || 'none yet'}).`,
    );
  let next: readonly unknown[] | undefined;
  if (action === 'add') {
    if (option(args, 'kind') === undefined) throw new DossierError('VALIDATION', 'case application add needs --kind.');
    const fresh: IdApplicationInput = { id: id ?? newId(stored.case), kind: 'private-proceeding' };
    next = [...apps, changed(args, { ...fresh })];
  } else if (action === 'set') next = apps.map((a, i) => (i === index ? changed(args, { ...a }) : a));
  else if (action === 'remove') next = apps.filter((_, i) => i !== index);
  else if (action !== 'list') throw new DossierError('VALIDATION', 'case application takes list, add, set or remove.');
  if (next !== undefined) {
    const detention = { ...stored.case.detention, applications: next };
    // The save path parses the applications; matter.privacy is set from what they say once they are valid.
    const draft = { ...stored.case, detention } as Case;
    const parsed = idApplicationsSchema.safeParse(next);
    const privacy = parsed.success ? privacyAfterApplications(stored.case.matter.privacy, parsed.data) : stored.case.matter.privacy;
    stored = (await call('caseSave', {
      case: { ...draft, matter: { ...draft.matter, privacy } },
      revision: stored.revision,
    })) as typeof stored;
  }
  const today = localToday(now());
  return {
    privacy: stored.case.matter.privacy,
    applications: stored.case.detention.applications ?? [],
    prompts: privacyPrompts(stored.case, today).map((p) => ({ ...p, message: issueText(p.code, { evidence: p.evidence.join(', ') }) })),
  };
}

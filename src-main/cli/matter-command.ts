import { DossierError } from '../core/errors.ts';
import { matterNumbers } from '../core/matter/numbers.ts';
import type { Case, FileNumberIssuer } from '../core/model/case.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'caseGet' | 'caseSave', input: unknown) => Promise<unknown>;

/** Options naming a field of the matter, and the field each sets; an empty value clears it. */
const TEXT_FIELDS = {
  forum: 'forum',
  region: 'region',
  lang: 'languageOfProceedings',
  member: 'presidingMember',
  'hearing-mode': 'hearingMode',
  'hearing-place': 'hearingPlace',
} as const;
const NUMBER_OPTIONS = { irb: 'IRB', cbsa: 'CBSA', ircc: 'IRCC', fc: 'FC' } as const satisfies Record<string, FileNumberIssuer>;
const REQUIRED = new Set(['forum', 'languageOfProceedings']);

function setField(target: Record<string, unknown>, key: string, value: string): void {
  if (value.trim() !== '') target[key] = value.trim();
  else if (REQUIRED.has(key)) throw new DossierError('VALIDATION', `matter.${key} cannot be cleared; give one of its values.`);
  else delete target[key];
}

/**
 * `dossier case matter --case ID [--forum F --region R --lang en|fr --irb N --cbsa N --ircc N
 * --fc N --uci N --member M --hearing-mode in-person|video|telephone --hearing-place P]`: sets
 * the given fields through the case save path (which checks them) and prints the matter with
 * its numbers, the UCI read from the client. Without options it only prints.
 */
export async function matterCommand(args: CliArgs, call: Call): Promise<unknown> {
  const caseId = args.options['case'];
  if (typeof caseId !== 'string' || caseId === '') throw new DossierError('VALIDATION', 'case matter needs --case ID.');
  let stored = (await call('caseGet', { id: caseId })) as { case: Case; revision: number };
  const text = (option: string): string | undefined => {
    const value = args.options[option];
    return typeof value === 'string' ? value : undefined;
  };
  const matter: Record<string, unknown> = { ...stored.case.matter };
  let client: Case['client'] = stored.case.client;
  let changed = false;
  for (const [option, key] of Object.entries(TEXT_FIELDS)) {
    const value = text(option);
    if (value === undefined) continue;
    setField(matter, key, value);
    changed = true;
  }
  let fileNumbers = stored.case.matter.fileNumbers;
  for (const [option, issuer] of Object.entries(NUMBER_OPTIONS)) {
    const value = text(option)?.trim();
    if (value === undefined) continue;
    const rest = fileNumbers.filter((f) => f.issuer !== issuer);
    fileNumbers = value === '' ? rest : [...rest, { issuer, value }];
    changed = true;
  }
  matter['fileNumbers'] = fileNumbers;
  const uci = text('uci')?.trim();
  if (uci !== undefined) {
    const { uci: _old, ...others } = client;
    client = uci === '' ? others : { ...others, uci };
    changed = true;
  }
  if (changed) stored = (await call('caseSave', { case: { ...stored.case, matter, client }, revision: stored.revision })) as typeof stored;
  return { ...stored.case.matter, numbers: matterNumbers(stored.case) };
}

import { DossierError } from '../core/errors.ts';
import { documentKinds } from '../documents/builders/document-types.ts';
import type { WordingParagraphsDto } from '../ipc/contract.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: 'documentParagraphs' | 'wordingEditSave' | 'wordingEditReset', input: unknown) => Promise<unknown>;

const option = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

/** The document the command is about: its case, kind, language, and the statement or bondsperson it is for. */
function documentOf(args: CliArgs): { caseId: string; kind: string; lang: string; target?: string } {
  const caseId = option(args, 'case');
  if (caseId === undefined || caseId === '') throw new DossierError('VALIDATION', 'Missing --case ID.');
  const kind = option(args, 'doc');
  if (kind === undefined || !(documentKinds as readonly string[]).includes(kind))
    throw new DossierError('VALIDATION', `--doc takes ${documentKinds.join(', ')}.`);
  const lang = option(args, 'lang') ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new DossierError('VALIDATION', '--lang takes en or fr.');
  const person = option(args, 'person');
  const statement = option(args, 'statement');
  if (person !== undefined && statement !== undefined) throw new DossierError('VALIDATION', 'Give --person or --statement, not both.');
  const target = person ?? statement;
  return { caseId, kind, lang, ...(target === undefined ? {} : { target }) };
}

/** The listing with each paragraph numbered as `--paragraph N` takes it. */
function numbered(listing: WordingParagraphsDto) {
  return { ...listing, paragraphs: listing.paragraphs.map((p, i) => ({ n: i + 1, ...p })) };
}

/** The paragraph named by `--paragraph N` (from `list`) or by its exact text with `--original`. */
async function originalOf(args: CliArgs, call: Call, document: object, required: boolean): Promise<string | undefined> {
  const given = option(args, 'original');
  const n = option(args, 'paragraph');
  if (given !== undefined && n !== undefined) throw new DossierError('VALIDATION', 'Give --paragraph N or --original TEXT, not both.');
  if (given !== undefined) return given;
  if (n === undefined) {
    if (required)
      throw new DossierError('VALIDATION', 'Name the paragraph: --paragraph N (as case wording list numbers it) or --original TEXT.');
    return undefined;
  }
  const index = Number(n);
  const { paragraphs } = (await call('documentParagraphs', document)) as WordingParagraphsDto;
  const found = Number.isInteger(index) ? paragraphs[index - 1] : undefined;
  if (found === undefined)
    throw new DossierError('VALIDATION', `--paragraph takes a number from 1 to ${paragraphs.length}, as case wording list numbers them.`);
  return found.original;
}

/**
 * `dossier case wording list|set|reset --case ID --doc KIND [--lang en|fr] [--person ID | --statement ID]`:
 * lists a document's paragraphs as the template words them and as this case rewords them, rewords
 * one (`set --paragraph N --text TEXT`), or goes back to the template's wording (`reset`, one
 * paragraph or the whole document).
 */
export async function wordingCommand(args: CliArgs, call: Call): Promise<unknown> {
  const action = args.positionals[0];
  const document = documentOf(args);
  switch (action) {
    case 'list':
      return numbered((await call('documentParagraphs', document)) as WordingParagraphsDto);
    case 'set': {
      const original = await originalOf(args, call, document, true);
      const text = option(args, 'text');
      if (text === undefined) throw new DossierError('VALIDATION', 'case wording set needs --text TEXT (empty leaves the paragraph out).');
      return numbered((await call('wordingEditSave', { ...document, original, text })) as WordingParagraphsDto);
    }
    case 'reset': {
      const original = await originalOf(args, call, document, false);
      return numbered(
        (await call('wordingEditReset', { ...document, ...(original === undefined ? {} : { original }) })) as WordingParagraphsDto,
      );
    }
    default:
      throw new DossierError('VALIDATION', 'Use dossier case wording list, set or reset.');
  }
}

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { searchCase, type SearchHit } from '../case-search/search-case.ts';
import { DossierError } from '../core/errors.ts';
import { splitDisclosure } from '../exhibits/split-disclosure.ts';
import { readExhibitFile } from '../exhibits/read-file.ts';
import { ocrExhibit } from '../ocr/ocr-exhibit.ts';
import type { Services } from '../services/index.ts';
import type { CliArgs } from './args.ts';

function text(args: CliArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}

function required(args: CliArgs, name: string, what: string): string {
  const value = text(args, name);
  if (value === undefined || value === '') throw new DossierError('VALIDATION', `Missing --${name} ${what}.`);
  return value;
}

/**
 * `dossier exhibit ocr --case ID --exhibit EXHIBIT_ID [--lang eng|fra] [--all-pages]`: reads the
 * exhibit's scanned pages, printing each page on stderr as it starts, and prints the searchable
 * copy's record.
 */
async function exhibitOcr(args: CliArgs, services: Services, stderr: (text: string) => void): Promise<unknown> {
  const outcome = await ocrExhibit(
    {
      caseId: required(args, 'case', 'ID'),
      exhibitId: required(args, 'exhibit', 'EXHIBIT_ID'),
      lang: text(args, 'lang'),
      allPages: args.options['all-pages'] === true,
    },
    {
      vault: services.vault,
      onProgress: ({ page, done, total }) => {
        if (done < total) stderr(`dossier: reading page ${page} (${done + 1} of ${total})\n`);
      },
    },
  );
  if (outcome.wordsWithoutGlyphs > 0)
    stderr(
      `dossier: warning: ${outcome.wordsWithoutGlyphs} words hold characters no bundled font draws; they were left out of the text layer.\n`,
    );
  if (outcome.pagesWithoutText.length > 0)
    stderr(`dossier: warning: no text was read on page(s) ${outcome.pagesWithoutText.join(', ')}; they stay images.\n`);
  return { exhibitId: outcome.exhibitId, ...outcome.ocr, wordsPlaced: outcome.wordsPlaced, pagesWithoutText: outcome.pagesWithoutText };
}

/** Where a hit is, in words: "Exhibit "Police report", page 3 (packet tab 4, page 57)". */
export function hitPlace(hit: SearchHit): string {
  switch (hit.kind) {
    case 'exhibit': {
      const packet = hit.packet
        ? ` (packet tab ${hit.packet.tab}, page ${hit.packet.page}${hit.packet.stale ? ', the packet filed another copy of this exhibit' : ''})`
        : '';
      return `Exhibit "${hit.title}", page ${hit.page}${packet}`;
    }
    case 'statement':
      return `Statement "${hit.title}", paragraph ${hit.paragraph}${hit.translation === undefined ? '' : ` (${hit.translation} translation)`}`;
    case 'timeline':
      return `Timeline event${hit.when === undefined ? '' : ` of ${hit.when}`}`;
    case 'document':
      return `Document ${hit.document} (${hit.lang} translation)`;
    case 'generated':
      return `Document "${hit.title}" (${hit.lang})${hit.packet ? ` (packet tab ${hit.packet.tab}, page ${hit.packet.page})` : ''}`;
  }
}

/** `dossier search --case ID TEXT`: each hit with where it is (exhibit page and packet tab) and its context. */
async function search(args: CliArgs, services: Services): Promise<unknown> {
  const query = args.positionals.join(' ');
  if (query.trim() === '') throw new DossierError('VALIDATION', 'search needs the TEXT to find.');
  const result = await searchCase(
    { caseId: required(args, 'case', 'ID'), query },
    {
      vault: services.vault,
      documents: services.documentTexts,
    },
  );
  return { ...result, hits: result.hits.map((hit) => ({ where: hitPlace(hit), ...hit })) };
}

/**
 * `dossier exhibit split --case ID FILE (--ranges 1-3,4-10 [--titles "A|B"] | --bookmarks)`: cuts
 * one PDF into exhibits, each imported as `exhibit add` would, and prints them.
 */
async function exhibitSplit(args: CliArgs, services: Services): Promise<unknown> {
  const file = args.positionals[0];
  if (file === undefined) throw new DossierError('VALIDATION', 'exhibit split needs a FILE.');
  const ranges = text(args, 'ranges');
  const byBookmarks = args.options['bookmarks'] === true;
  if ((ranges === undefined) === !byBookmarks) throw new DossierError('VALIDATION', 'Give either --ranges 1-3,4-10 or --bookmarks.');
  const titles = text(args, 'titles')
    ?.split('|')
    .map((t) => t.trim());
  const results = await splitDisclosure(
    {
      caseId: required(args, 'case', 'ID'),
      bytes: await readExhibitFile(file),
      fileName: path.basename(file),
      ranges,
      titles,
      byBookmarks,
    },
    { vault: services.vault, newId: randomUUID },
  );
  return results.map(({ exhibit, warnings }) => ({
    id: exhibit.id,
    title: exhibit.title,
    pages: exhibit.pages,
    sha256: exhibit.sha256,
    warnings,
  }));
}

/** The evidence tools: OCR, splitting a disclosure, and search inside a case. */
export async function evidenceCommand(args: CliArgs, services: Services, stderr: (text: string) => void): Promise<unknown> {
  const command = args.command.join(' ');
  if (command === 'exhibit ocr') return exhibitOcr(args, services, stderr);
  if (command === 'search') return search(args, services);
  if (command === 'exhibit split') return exhibitSplit(args, services);
  throw new DossierError('VALIDATION', `Unknown command "${command}". Run dossier --help.`);
}

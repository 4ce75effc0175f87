import { DossierError } from '../core/errors.ts';
import { redactionReasons, type RedactionReason } from '../core/model/exhibit-copies.ts';
import type { RedactionPageReportDto, RedactionReviewDto } from '../ipc/contract-redaction.ts';
import { redactionPatternNames, type RedactionPatternName } from '../redaction/patterns.ts';
import type { CliArgs } from './args.ts';

type Call = (
  channel: 'redactionReview' | 'redactionMarkSearch' | 'redactionMarkArea' | 'redactionApply',
  input: unknown,
) => Promise<unknown>;

const option = (args: CliArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

export interface CliArea {
  readonly page: number;
  /** Points from the top-left corner of the page as shown. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** `PAGE:X,Y,W,H`, several separated by `;` (points from the page's top-left corner as shown). */
export function parseAreas(text: string): CliArea[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^(\d+):(-?[\d.]+),(-?[\d.]+),([\d.]+),([\d.]+)$/u.exec(part);
      if (!match)
        throw new DossierError(
          'VALIDATION',
          `--area "${part}" is not PAGE:X,Y,W,H (points from the page's top-left corner), e.g. 1:72,90,200,20.`,
        );
      const [page, x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number, number];
      if (page < 1 || width <= 0 || height <= 0 || [x, y, width, height].some((n) => !Number.isFinite(n)))
        throw new DossierError('VALIDATION', `--area "${part}" needs a page from 1 and a width and height above 0.`);
      return { page, x, y, width, height };
    });
}

/**
 * `dossier exhibit redact`: marks every hit of --search (or --pattern phone|email) and every
 * --area, applies all the exhibit's marks, and prints what was done. The original stays untouched;
 * packets file the redacted copy.
 */
export async function redactCommand(args: CliArgs, call: Call) {
  const caseId = option(args, 'case');
  const exhibitId = option(args, 'exhibit');
  if (caseId === undefined || caseId === '') throw new DossierError('VALIDATION', 'exhibit redact needs --case ID.');
  if (exhibitId === undefined || exhibitId === '') throw new DossierError('VALIDATION', 'exhibit redact needs --exhibit EXHIBIT_ID.');
  const reason = option(args, 'reason') ?? 'thirdParty';
  if (!(redactionReasons as readonly string[]).includes(reason))
    throw new DossierError('VALIDATION', `--reason takes ${redactionReasons.join(', ')}.`);
  const search = option(args, 'search');
  const pattern = option(args, 'pattern');
  if (pattern !== undefined && !(redactionPatternNames as readonly string[]).includes(pattern))
    throw new DossierError('VALIDATION', `--pattern takes ${redactionPatternNames.join(' or ')}.`);
  const areas = parseAreas(option(args, 'area') ?? '');
  if (search === undefined && pattern === undefined && areas.length === 0)
    throw new DossierError('VALIDATION', 'exhibit redact needs --search TEXT, --pattern phone|email or --area PAGE:X,Y,W,H.');
  const target = {
    caseId,
    exhibitId,
    reason: reason as RedactionReason,
    ...(option(args, 'note') === undefined ? {} : { note: option(args, 'note') }),
  };

  const searched: { query: string; hits: number; marks: number }[] = [];
  const queries = [
    ...(search === undefined ? [] : [{ text: search }]),
    ...(pattern === undefined ? [] : [{ pattern: pattern as RedactionPatternName }]),
  ];
  for (const query of queries) {
    const result = (await call('redactionMarkSearch', { ...target, query })) as { added: number; hits: number };
    searched.push({ query: 'text' in query ? query.text : `pattern:${query.pattern}`, hits: result.hits, marks: result.added });
  }
  if (areas.length > 0) {
    const review = (await call('redactionReview', { caseId, exhibitId })) as RedactionReviewDto;
    for (const area of areas) {
      if (review.pages[area.page - 1] === undefined)
        throw new DossierError('VALIDATION', `--area names page ${area.page}, but "${review.title}" has ${review.pageCount} page(s).`);
      await call('redactionMarkArea', {
        ...target,
        page: area.page,
        area: { x: area.x, y: area.y, width: area.width, height: area.height },
      });
    }
  }
  const applied = (await call('redactionApply', { caseId, exhibitId })) as { review: RedactionReviewDto; pages: RedactionPageReportDto[] };
  return {
    exhibit: exhibitId,
    searched,
    areas: areas.length,
    applied: applied.review.applied?.log.length ?? 0,
    basedOn: applied.review.basedOn,
    pages: applied.pages,
    rasterised: applied.review.applied?.rasterised ?? [],
    /** Every redaction now in the copy, its area read as typed: points from the top-left corner of the page as shown. */
    log: (applied.review.applied?.log ?? []).map((m) => ({ page: m.page, area: m.area, reason: m.reason, source: m.source })),
    filed: 'The redacted copy is filed in packets; the original is kept unchanged.',
  };
}

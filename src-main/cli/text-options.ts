import { DossierError } from '../core/errors.ts';
import { issueText } from '../core/issues/text.ts';
import { findBrokenCharacters, invisibleCodePoints, withoutInvisible } from '../core/text/invisible.ts';
import type { CliArgs } from './args.ts';

/** Options that set a name, a file number or a title: the same rule as a case's own such fields (core/text/case-text.ts). */
const IDENTIFYING = new Set([
  'title',
  'name',
  'firm',
  'law-society',
  'law-society-number',
  'irb',
  'cbsa',
  'ircc',
  'fc',
  'uci',
  'member',
  'hearing-place',
  'bates-prefix',
]);

/**
 * Applies the hostile-text rule to the command line before any command runs: a lone surrogate or
 * noncharacter in any option is refused with the option named; invisible and reordering
 * characters in an option setting a name, number or title are removed, each removal returned as a
 * warning naming the option.
 */
export function cleanTextOptions(args: CliArgs): { readonly args: CliArgs; readonly warnings: readonly string[] } {
  const warnings: string[] = [];
  const options: Record<string, string | boolean | undefined> = {};
  for (const [name, value] of Object.entries(args.options)) {
    if (typeof value !== 'string') {
      options[name] = value;
      continue;
    }
    const broken = [...new Set(findBrokenCharacters(value).map((c) => c.codePoint))];
    if (broken.length > 0) throw new DossierError('VALIDATION', `--${name}: ${issueText('brokenCharacter', { codes: broken.join(', ') })}`);
    const codes = IDENTIFYING.has(name) ? invisibleCodePoints(value) : [];
    options[name] = codes.length === 0 ? value : withoutInvisible(value);
    if (codes.length > 0) warnings.push(`--${name}: ${issueText('invisibleRemoved', { codes: codes.join(', ') })}`);
  }
  return { args: { ...args, options }, warnings };
}

import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src-main/cli/args.ts';
import { cleanTextOptions } from '../../../src-main/cli/text-options.ts';

const base = ['case', 'matter', '--vault', '/tmp/v', '--passphrase-env', 'P', '--case', 'c1'];

describe('hostile text on the command line', () => {
  it('removes invisible characters from options setting a number, name or title, warning with the option named', () => {
    const { args, warnings } = cleanTextOptions(parseCliArgs([...base, '--irb', '0003-\u202EB6-01234', '--member', 'M. Tremblay\u200B']));
    expect(args.options['irb']).toBe('0003-B6-01234');
    expect(args.options['member']).toBe('M. Tremblay');
    expect(warnings).toEqual([
      expect.stringMatching(/^--irb: Invisible or direction-changing characters \(U\+202E\) were removed/u),
      expect.stringMatching(/^--member: .*\(U\+200B\)/u),
    ]);
  });

  it('leaves other options and clean values alone', () => {
    const { args, warnings } = cleanTextOptions(parseCliArgs([...base, '--irb', '0003-B6-01234', '--out', '/tmp/\u200Bx']));
    expect(args.options['irb']).toBe('0003-B6-01234');
    expect(args.options['out']).toBe('/tmp/\u200Bx');
    expect(warnings).toEqual([]);
  });

  it('refuses a lone surrogate or noncharacter in any option, naming it', () => {
    expect(() => cleanTextOptions(parseCliArgs([...base, '--title', 'Exhibit \uD800']))).toThrow(
      /^--title: This holds a character that is not text \(U\+D800/u,
    );
    expect(() => cleanTextOptions(parseCliArgs([...base, '--out', '/tmp/\uFFFE']))).toThrow(/^--out: .*U\+FFFE/u);
  });
});
